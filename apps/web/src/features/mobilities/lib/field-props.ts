/** Props binding a TextField or Select to one value of the form, its error found by the field's path. */
export function fieldProps(
  name: string,
  value: string,
  errors: Record<string, string>,
  onChange: (value: string) => void,
) {
  return {
    name,
    value,
    error: errors[name],
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
}
