import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { type Encoding, encodingLabel } from '../../core';
import {
  copyToClipboard,
  detectCapabilities,
  downloadBytes,
  exportPageAddress,
  openInSystemBrowser,
} from '../downloadGlue';
import { type DownloadFile, csvMimeType, fileText, planDelivery, zipFiles, zipName } from '../downloads';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';

type CopyState = Readonly<Record<string, 'copied' | 'failed'>>;

/**
 * The downloads of an export, the way downloads.ts decided for this host: buttons that save each
 * file and (for several) a zip; or the add-in's export page in the system browser; or the
 * file's text to copy. Every way is one click per action (browsers only let a click download).
 */
export function DownloadPanel(props: {
  files: readonly DownloadFile[];
  encoding: Encoding;
  mtime: Date;
  /** The zip's name when it is not one batch's (the upload step's files of several batches). */
  zipName?: string;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const { files, encoding, mtime } = props;
  const [copyState, setCopyState] = useState<CopyState>({});

  const plan = useMemo(
    () => planDelivery(detectCapabilities(), { files, exportPage: exportPageAddress(), lang, mtime }),
    [files, lang, mtime],
  );

  const copy = async (file: DownloadFile): Promise<void> => {
    const done = await copyToClipboard(fileText(file.bytes, encoding));
    setCopyState((before) => ({ ...before, [file.name]: done ? 'copied' : 'failed' }));
  };

  const copyBlock = (file: DownloadFile) => {
    const state = copyState[file.name];
    return (
      <li key={file.name} className={styles.section}>
        <Button onClick={() => void copy(file)} data-testid="copy-file">
          {m.copyFile(file.name)}
        </Button>
        {state === 'copied' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {m.copied(file.name)} {m.copySaveAs(file.name, encodingLabel(encoding, lang))}
            </MessageBarBody>
          </MessageBar>
        )}
        {(state === 'failed' || (plan.method !== 'anchor' && plan.copyWith === 'manual')) && (
          <>
            {state === 'failed' && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{m.copyFailed}</MessageBarBody>
              </MessageBar>
            )}
            <Field
              label={m.manualCopyLabel(file.name)}
              hint={m.copySaveAs(file.name, encodingLabel(encoding, lang))}
            >
              <Textarea className={styles.mono} readOnly value={fileText(file.bytes, encoding)} rows={6} />
            </Field>
          </>
        )}
      </li>
    );
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="downloads">
      <h3 id={headingId} className={styles.subheading}>
        {m.downloadsHeading}
      </h3>
      {plan.method === 'anchor' && (
        <ul className={styles.list}>
          {plan.zip && (
            <li>
              <Button
                appearance="primary"
                onClick={() =>
                  downloadBytes(
                    props.zipName ?? zipName(files.map((f) => f.name)),
                    zipFiles(files, mtime),
                    'application/zip',
                  )
                }
                data-testid="download-zip"
              >
                {m.downloadZip(files.length)}
              </Button>
            </li>
          )}
          {files.map((file) => (
            <li key={file.name}>
              <Button
                appearance={plan.zip ? 'secondary' : 'primary'}
                className={styles.fileName}
                onClick={() => downloadBytes(file.name, file.bytes, csvMimeType(encoding))}
                data-testid="download-file"
              >
                {m.downloadFile(file.name)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {plan.method === 'browserWindow' && (
        <>
          <p className={styles.intro}>{m.openInBrowserIntro}</p>
          <ul className={styles.list}>
            {plan.allUrl !== null && (
              <li>
                <Button
                  appearance="primary"
                  onClick={() => openInSystemBrowser(plan.allUrl ?? '')}
                  data-testid="open-in-browser"
                >
                  {m.openAllInBrowser(files.length)}
                </Button>
              </li>
            )}
            {plan.files.map((route, index) => {
              const file = files[index];
              if (file === undefined) return null;
              return route.kind === 'link' ? (
                <li key={file.name}>
                  <Button
                    className={styles.fileName}
                    onClick={() => openInSystemBrowser(route.url)}
                    data-testid="open-file-in-browser"
                  >
                    {m.openFileInBrowser(file.name)}
                  </Button>
                </li>
              ) : (
                copyBlock(file)
              );
            })}
          </ul>
        </>
      )}
      {plan.method === 'copy' && (
        <>
          <p className={styles.intro}>{m.copyIntro}</p>
          <ul className={styles.list}>{files.map((file) => copyBlock(file))}</ul>
        </>
      )}
    </section>
  );
}
