import type { SmsConfig } from '../../config';
import { outboxSender } from './outbox-sender';
import type { SmsSender } from './sms-sender';
import { smsRuSender } from './smsru-sender';

/** The configured provider (`SMS_PROVIDER`). A second one (SMSC…) is one more file and one more case here. */
export function smsSenderFor(config: SmsConfig): SmsSender {
  switch (config.provider) {
    case 'outbox':
      return outboxSender();
    case 'smsru':
      return smsRuSender(config);
  }
}
