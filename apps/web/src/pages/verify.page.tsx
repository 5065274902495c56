import { useParams } from 'react-router';
import { VerifyCodeView, VerifyView } from '../features/certificates';

export function VerifyPage() {
  const { code = '' } = useParams();
  return <VerifyView key={code} code={code} />;
}

export function VerifyCodePage() {
  return <VerifyCodeView />;
}
