import '@testing-library/jest-dom';
import './text-encoding';
// After the globals: i18n initialises with the English bundles.
import '../i18n';
import { configure } from '@testing-library/react';

// `npm test` runs every Jest project at once on two cores: give findBy/waitFor room under that load
// (the default 1 s made sign-in-form.spec fail now and then, never alone).
configure({ asyncUtilTimeout: 5000 });
