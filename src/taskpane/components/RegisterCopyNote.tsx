import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { RegisterCopyOf } from '../../excel/registerBatches';
import { useRegisterTexts } from '../i18n/register';

/**
 * The warning on a day register that is a copy of another register (Controleren and Exporteren):
 * its groups get new batch ids (docs/decisions/0009-sheets-by-id.md), so rows already exported from
 * the original would be exported, and uploaded, a second time under other batch ids.
 */
export function RegisterCopyNote(props: { copyOf: RegisterCopyOf }) {
  const r = useRegisterTexts();
  const { originalName, originalExists, sameRows, batchIds, exportedBatchIds } = props.copyOf;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="register-copy-note">
      <MessageBarBody>
        {originalExists
          ? r.copyOfRegister(originalName, sameRows, batchIds.join(', '))
          : r.copyOfDeletedRegister(originalName, exportedBatchIds.join(', '))}
      </MessageBarBody>
    </MessageBar>
  );
}
