import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError, Uuid } from '@campus/contracts';

/** A malformed id is the client's mistake (400), never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!Uuid.safeParse(value).success) {
      throw new DomainError('MALFORMED_ID', `"${String(value).slice(0, 64)}" is not a valid id.`);
    }
    return value;
  }
}

/** A position in a path (an attempt's question number): a malformed one is 400 MALFORMED_ID, like ids. */
@Injectable()
export class PositionPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,3}$/.test(value)) {
      throw new DomainError('MALFORMED_ID', `"${String(value).slice(0, 64)}" is not a valid position.`);
    }
    return Number(value);
  }
}
