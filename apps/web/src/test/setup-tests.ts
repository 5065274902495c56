import '@testing-library/jest-dom';
import './text-encoding';
// After the globals: i18n initialises with the English bundles.
import '../i18n';
