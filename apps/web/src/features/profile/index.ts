export { profileApi } from './api/profile.api';
export { useUpdateProfile, useChangePassword } from './hooks/use-profile-mutations';
export { ProfileDetailsForm } from './components/profile-form';
export { ChangePasswordSection } from './components/change-password-form';
export { languageAutonym, languageOptions, timeZoneOptions } from './language-names';
