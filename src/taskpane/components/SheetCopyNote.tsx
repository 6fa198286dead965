import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { SheetCopyOf } from '../../excel/sheetCopyOf';
import { useTexts } from '../i18n';

/**
 * What Controleren and Exporteren say on an Excel copy of a batch's registration sheet
 * (docs/decisions/0009-sheets-by-id.md): whose copy it is, that nothing is exported from it, and
 * what the user can do (export the original; or, the original deleted, give the copy the name the
 * Batches row records).
 */
export function SheetCopyNote(props: { copyOf: SheetCopyOf }) {
  const { m } = useTexts();
  const { sheetName, originalName, originalExists, batchIds } = props.copyOf;
  const batches = batchIds.join(', ');
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="sheet-copy-note">
      <MessageBarBody>
        {originalExists
          ? m.sheetCopyOfBatch(sheetName, batches, originalName)
          : m.sheetCopyOfDeletedBatch(sheetName, batches, originalName)}
      </MessageBarBody>
    </MessageBar>
  );
}
