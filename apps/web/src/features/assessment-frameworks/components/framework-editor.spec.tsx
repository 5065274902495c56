import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FrameworkContent } from '@campus/contracts';
import { ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { FrameworkEditor } from './framework-editor';

const content: FrameworkContent = {
  sourceLocale: 'en',
  title: { en: 'Mobility readiness', fi: 'Liikkuvuusvalmius' },
  description: {},
  areas: [
    {
      key: 'strategy',
      title: { en: 'Strategy', fi: 'Strategia' },
      description: {},
      topic: 'internationalisation strategy',
      statements: [
        { key: 'strategy-written', text: { en: 'We have a written strategy.' } },
        { key: 'strategy-budget', text: { en: 'There is a budget line.', fi: 'Budjetissa on oma rivi.' } },
      ],
    },
    {
      key: 'mobility',
      title: { en: 'Mobility' },
      description: {},
      topic: 'mobility',
      statements: [{ key: 'mobility-prepared', text: { en: 'Participants are prepared.' } }],
    },
  ],
};

function renderEditor(onSave = jest.fn().mockResolvedValue(undefined)) {
  renderWithProviders(<FrameworkEditor initial={content} busy={false} onSave={onSave} />);
  return onSave;
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save the draft' }));
const saved = (onSave: jest.Mock) => onSave.mock.calls[0][0] as FrameworkContent;

jest.setTimeout(20_000);

describe('FrameworkEditor', () => {
  it('translates each text beside its source text and counts what a language still lacks', async () => {
    const onSave = renderEditor();
    const language = screen.getByLabelText(/Language you are writing in/);
    expect(within(language).getByRole('option', { name: 'Finnish: 3 texts missing' })).toBeInTheDocument();
    await userEvent.selectOptions(language, 'fi');

    // The structure is edited in the source language only.
    expect(screen.queryByRole('button', { name: 'Add an area' })).not.toBeInTheDocument();
    expect(screen.getByText('3 texts still need a translation into Finnish.')).toBeInTheDocument();
    const strategy = screen.getByRole('region', { name: 'Area 1: Strategy' });
    const first = within(strategy).getByLabelText('Statement 1 in Finnish');
    expect(first).toHaveAccessibleDescription('We have a written strategy.');
    expect(within(strategy).getByLabelText('Statement 2 in Finnish')).toHaveValue('Budjetissa on oma rivi.');

    await userEvent.type(first, 'Meillä on kirjallinen strategia.');
    expect(screen.getByText('2 texts still need a translation into Finnish.')).toBeInTheDocument();
    await save();

    const result = saved(onSave);
    expect(result.areas[0].statements[0].text).toEqual({
      en: 'We have a written strategy.',
      fi: 'Meillä on kirjallinen strategia.',
    });
    expect(result.title).toEqual(content.title);
  });

  it('adds, reorders and removes areas and statements, with keys that stay unique', async () => {
    const onSave = renderEditor();
    const strategy = screen.getByRole('region', { name: 'Area 1: Strategy' });
    await userEvent.click(within(strategy).getByRole('button', { name: 'Add a statement' }));
    const added = within(strategy).getByLabelText(/^Statement 3/);
    await userEvent.type(added, 'The board reviews the strategy yearly.');
    await userEvent.click(within(strategy).getByRole('button', { name: 'Move statement 3 up' }));
    await userEvent.click(within(strategy).getByRole('button', { name: 'Remove statement 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move area 2 up' }));
    await save();

    const result = saved(onSave);
    expect(result.areas.map((a) => a.key)).toEqual(['mobility', 'strategy']);
    expect(result.areas[1].statements).toEqual([
      { key: 'strategy-1', text: { en: 'The board reviews the strategy yearly.' } },
      { key: 'strategy-budget', text: { en: 'There is a budget line.', fi: 'Budjetissa on oma rivi.' } },
    ]);
  });

  it('refuses to send a text missing in the source language or a key used twice, and marks the fields', async () => {
    const onSave = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Add an area' }));
    const strategy = screen.getByRole('region', { name: 'Area 1: Strategy' });
    const firstKey = within(strategy).getByLabelText(/^Key of statement 1/);
    await userEvent.clear(firstKey);
    await userEvent.type(firstKey, 'strategy-budget');
    await save();

    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/fields need attention/)).toBeInTheDocument();
    const area3 = screen.getByRole('region', { name: 'Area 3: area-1' });
    expect(within(area3).getByLabelText(/^Area title/)).toHaveAccessibleDescription(
      'Write this text in English, the source language.',
    );
    expect(within(area3).getByLabelText(/^Statement 1/)).toHaveAccessibleDescription(
      'Write this text in English, the source language.',
    );
    expect(within(strategy).getByLabelText(/^Key of statement 2/)).toHaveAccessibleDescription(
      expect.stringContaining('This key is already used by another area or statement.'),
    );
  });

  it('puts the API’s field errors on the fields they name', async () => {
    const onSave = renderEditor(
      jest.fn().mockRejectedValue(
        new ApiError({
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'Invalid input',
          errors: [{ field: 'content.areas.1.topic', message: 'Use at most 60 characters.' }],
        }),
      ),
    );
    await userEvent.selectOptions(screen.getByLabelText(/Language you are writing in/), 'de');
    await save();

    expect(onSave).toHaveBeenCalled();
    // Back in the source language, where the topic is edited.
    const mobility = screen.getByRole('region', { name: 'Area 2: Mobility' });
    expect(within(mobility).getByLabelText(/^Course topic/)).toHaveAccessibleDescription(
      expect.stringContaining('Use at most 60 characters.'),
    );
  });
});
