import { buildOpenBadgeCredential, outcomesNarrative, summariseCredential } from './open-badge-credential';
import { sampleCredentialInput } from './test-samples';

describe('buildOpenBadgeCredential', () => {
  it('builds an OB 3.0 OpenBadgeCredential in the VC 2.0 shape', () => {
    const credential = buildOpenBadgeCredential(sampleCredentialInput());
    expect(credential).toEqual({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:0b7a6c1e-59a4-4a39-9a63-2f1f6f0d8c11',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Formação em mobilidade',
      issuer: {
        id: 'https://campus.example/organisations/5d1e8f7a-6a4b-4f1f-8a57-2c1a9e3b7d20',
        type: ['Profile'],
        name: 'Demo VET School',
        address: { type: ['Address'], addressCountry: 'Portugal', addressCountryCode: 'PT' },
      },
      validFrom: '2026-03-03T10:15:30Z',
      credentialSubject: {
        id: 'urn:uuid:9e2f0c55-1a7b-4d4e-b0c3-8f6a2d9e1b47',
        type: ['AchievementSubject'],
        name: 'Ελένη Παπαδοπούλου',
        creditsEarned: 25,
        achievement: {
          id: 'https://campus.example/courses/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
          type: ['Achievement'],
          achievementType: 'Course',
          name: 'Formação em mobilidade',
          description: 'Preparing VET staff for job shadowing abroad.',
          criteria: {
            narrative: '- Plan a job-shadowing week\n- Agree learning outcomes with a host mentor',
          },
          creditsAvailable: 25,
          inLanguage: 'pt',
          alignment: [
            {
              type: ['Alignment'],
              targetName: 'EQF level 4',
              targetUrl: 'https://europa.eu/europass/en/description-eight-eqf-levels',
              targetFramework: 'European Qualifications Framework',
              targetCode: '4',
              targetType: 'ext:EQFLevel',
            },
          ],
          resultDescription: [
            {
              id: 'https://campus.example/courses/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f#score',
              type: ['ResultDescription'],
              name: 'Mean final score of the required quizzes',
              resultType: 'Percent',
              valueMin: '0',
              valueMax: '100',
            },
          ],
        },
        result: [
          {
            type: ['Result'],
            resultDescription: 'https://campus.example/courses/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f#score',
            value: '87.5',
          },
        ],
      },
      credentialStatus: {
        id: 'https://campus.example/api/credentials/status/1#42',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '42',
        statusListCredential: 'https://campus.example/api/credentials/status/1',
      },
      credentialSchema: [
        {
          id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
          type: '1EdTechJsonSchemaValidator2019',
        },
      ],
    });
  });

  it('is deterministic, so a second run signs the same bytes', () => {
    expect(JSON.stringify(buildOpenBadgeCredential(sampleCredentialInput()))).toBe(
      JSON.stringify(buildOpenBadgeCredential(sampleCredentialInput())),
    );
  });

  it('leaves out the result, score description and EQF alignment when there are none', () => {
    const base = sampleCredentialInput();
    const credential = buildOpenBadgeCredential({
      ...base,
      meanScorePercent: null,
      achievement: { ...base.achievement, eqfLevel: null },
    });
    expect(credential.credentialSubject.result).toBeUndefined();
    expect(credential.credentialSubject.achievement.resultDescription).toBeUndefined();
    expect(credential.credentialSubject.achievement.alignment).toBeUndefined();
  });

  it('rounds the score to one decimal so floating-point noise never reaches the signature', () => {
    const credential = buildOpenBadgeCredential(sampleCredentialInput({ meanScorePercent: 200 / 3 }));
    expect(credential.credentialSubject.result?.[0].value).toBe('66.7');
  });

  it('certifies a job-shadowing mobility with its period', () => {
    const base = sampleCredentialInput();
    const credential = buildOpenBadgeCredential({
      ...base,
      achievement: {
        ...base.achievement,
        kind: 'mobility',
        id: 'https://campus.example/mobilities/programme',
      },
      activityPeriod: { start: '2026-04-06', end: '2026-04-10' },
      meanScorePercent: null,
    });
    expect(credential.credentialSubject.achievement.achievementType).toBe('ext:JobShadowing');
    expect(credential.credentialSubject.activityStartDate).toBe('2026-04-06T00:00:00Z');
    expect(credential.credentialSubject.activityEndDate).toBe('2026-04-10T00:00:00Z');
  });

  it('rejects inputs that would produce an invalid credential', () => {
    const base = sampleCredentialInput();
    const bad: [Partial<typeof base>, RegExp][] = [
      [{ certificateId: 'not-a-uuid' }, /certificateId/],
      [{ holder: { id: base.holder.id, name: '  ' } }, /holder.name/],
      [{ issuer: { ...base.issuer, id: 'campus.example/org' } }, /issuer.id/],
      [{ issuer: { ...base.issuer, countryCode: 'PRT' } }, /countryCode/],
      [{ achievement: { ...base.achievement, eqfLevel: 9 } }, /eqfLevel/],
      [{ achievement: { ...base.achievement, workloadHours: -1 } }, /workloadHours/],
      [{ meanScorePercent: 101 }, /meanScorePercent/],
      [{ statusIndex: 1.5 }, /statusIndex/],
      [{ statusListUrl: 'ftp://campus.example/list' }, /statusListUrl/],
      [{ validFrom: 'yesterday' }, /Not a date/],
    ];
    for (const [override, message] of bad) {
      expect(() => buildOpenBadgeCredential({ ...base, ...override })).toThrow(message);
    }
  });

  it('keeps one outcome per list item and reads them back in the summary', () => {
    const outcomes = ['Plan a week\nabroad', '  - dash first', 'Ελληνικά'];
    expect(outcomesNarrative(outcomes)).toBe('- Plan a week abroad\n- - dash first\n- Ελληνικά');
    const credential = buildOpenBadgeCredential(
      sampleCredentialInput({
        achievement: { ...sampleCredentialInput().achievement, learningOutcomes: outcomes },
      }),
    );
    expect(summariseCredential(credential)).toEqual({
      id: 'urn:uuid:0b7a6c1e-59a4-4a39-9a63-2f1f6f0d8c11',
      holderName: 'Ελένη Παπαδοπούλου',
      achievementName: 'Formação em mobilidade',
      achievementType: 'Course',
      issuerName: 'Demo VET School',
      issuerId: 'https://campus.example/organisations/5d1e8f7a-6a4b-4f1f-8a57-2c1a9e3b7d20',
      validFrom: '2026-03-03T10:15:30Z',
      learningOutcomes: ['Plan a week abroad', '- dash first', 'Ελληνικά'],
    });
  });
});
