import './styles.css';

export { cx } from './lib/class-names';
export { Button, buttonClassName, type ButtonProps, type ButtonVariant, type ButtonSize } from './lib/button';
export { TextField, type TextFieldProps } from './lib/text-field';
export { TextArea, type TextAreaProps } from './lib/text-area';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './lib/radio-group';
export { Select, type SelectProps, type SelectOption } from './lib/select';
export { Checkbox, Switch, type CheckboxProps } from './lib/checkbox';
export { FileInput, type FileInputProps } from './lib/file-input';
export { Alert, type AlertProps, type AlertTone } from './lib/alert';
export { ProgressBar, type ProgressBarProps } from './lib/progress-bar';
export { Spinner, type SpinnerProps } from './lib/spinner';
export { Badge, type BadgeTone } from './lib/badge';
export { Card, type CardProps } from './lib/card';
export { EmptyState, ErrorState, type EmptyStateProps, type ErrorStateProps } from './lib/states';
export { PageHeader, type PageHeaderProps } from './lib/page-header';
export { Table, type Column, type TableProps } from './lib/table';
export { Pagination, type PaginationProps, type PaginationLabels } from './lib/pagination';
export { Dialog, ConfirmDialog, type DialogProps, type ConfirmDialogProps } from './lib/dialog';
export {
  AppLayout,
  CenteredLayout,
  DisclosureMenu,
  SubNav,
  DescriptionList,
  MAIN_CONTENT_ID,
  type AppLayoutProps,
  type CenteredLayoutProps,
  type DisclosureMenuProps,
  type DescriptionListProps,
} from './lib/layout';
