import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTexts } from '../i18n';
import { offlineCopyVersion, updateWaiting } from '../serviceWorker';

const useStyles = makeStyles({
  note: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/**
 * A quiet line under the title (issue #8): the pane runs from the copy on this computer, and
 * which version; or a newer copy is ready for the next start. Nothing when neither.
 */
export function OfflineNote() {
  const { m } = useTexts();
  const styles = useStyles();
  const [version] = useState(offlineCopyVersion);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    let live = true;
    void updateWaiting().then((value) => {
      if (live) setWaiting(value);
    });
    return () => {
      live = false;
    };
  }, []);
  if (version === null && !waiting) return null;
  return (
    <p className={styles.note} role="status" data-testid="offline-note">
      {version !== null && m.offlineCopy(version)}
      {version !== null && waiting && ' '}
      {waiting && m.offlineUpdateReady}
    </p>
  );
}
