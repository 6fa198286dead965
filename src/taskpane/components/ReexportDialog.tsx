import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import { Breakable } from './Breakable';

/**
 * The question before exporting files that may have been uploaded already (SPEC "Nothing is
 * lost": "Exporting a batch whose files are already marked uploaded asks first: a double upload
 * means double registrations for real patients"). One dialog for a batch (ExportTab) and for a
 * register's groups (RegisterExport); `children` says what the check found. Cancel is the primary
 * button: the safe choice is the default.
 */
export function ReexportDialog(props: {
  readonly open: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
  readonly children?: ReactNode;
}) {
  const { m } = useTexts();
  return (
    <Dialog
      modalType="alert"
      open={props.open}
      onOpenChange={(_, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.reexportTitle}</DialogTitle>
          <DialogContent>
            <p>{m.reexportBody}</p>
            {props.children}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onCancel}>
              {m.reexportCancel}
            </Button>
            <Button appearance="secondary" onClick={props.onConfirm}>
              {m.reexportConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * File names the check found, one per line, in the file-name style, wrapping at their separators
 * (Breakable, issue #13: never in the middle of a word at 320 px).
 */
export function FileNameList(props: { readonly names: readonly string[] }) {
  const styles = usePaneStyles();
  return (
    <ul>
      {props.names.map((name) => (
        <li key={name} className={styles.fileName}>
          <Breakable text={name} />
        </li>
      ))}
    </ul>
  );
}
