import { createZodDto } from 'nestjs-zod';
import {
  EmailRequest,
  LoginRequest,
  PasswordResetConfirm,
  RegisterRequest,
  TokenRequest,
} from '@campus/contracts';

export class LoginDto extends createZodDto(LoginRequest) {}
export class RegisterDto extends createZodDto(RegisterRequest) {}
export class TokenDto extends createZodDto(TokenRequest) {}
export class EmailDto extends createZodDto(EmailRequest) {}
export class PasswordResetConfirmDto extends createZodDto(PasswordResetConfirm) {}
