import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { type Encoding, encodingLabel, zipExportFiles, zipName } from '../../core';
import type { Delivery } from '../deliverExport';
import { copyToClipboard, downloadBytes, openInSystemBrowser } from '../downloadGlue';
import { type DownloadFile, csvMimeType, fileText } from '../downloads';
import { useTexts } from '../i18n';
import { usePaneStyles } from '../styles';
import { Breakable } from './Breakable';

type CopyState = Readonly<Record<string, 'copied' | 'failed'>>;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The downloads of an export, after "Exporteren" handed them over (deliverExport.ts): what was
 * handed to the browser and where it lands, with buttons to download again and (for several)
 * a zip; or the export page's code and links; or each file's text to copy, after saying that
 * it holds patient data.
 */
export function DownloadPanel(props: {
  files: readonly DownloadFile[];
  encoding: Encoding;
  mtime: Date;
  delivery: Delivery;
  /** The zip's name when it is not one batch's (the upload step's files of several batches). */
  zipName?: string;
}) {
  const { lang, m } = useTexts();
  const styles = usePaneStyles();
  const headingId = useId();
  const warningId = useId();
  const { files, encoding, mtime, delivery } = props;
  const [copyState, setCopyState] = useState<CopyState>({});
  const [codeCopy, setCodeCopy] = useState<'copied' | 'failed' | null>(null);
  const [again, setAgain] = useState<{ name: string; reason: string } | null>(null);

  const save = (name: string, bytes: Uint8Array, type: string): void => {
    const result = downloadBytes(name, bytes, type);
    setAgain(result.ok ? null : { name, reason: reasonOf(result.error) });
  };
  const open = (url: string): void => {
    const result = openInSystemBrowser(url);
    setAgain(result.ok ? null : { name: '', reason: reasonOf(result.error) });
  };
  const copy = async (file: DownloadFile): Promise<void> => {
    const done = await copyToClipboard(fileText(file.bytes, encoding));
    setCopyState((before) => ({ ...before, [file.name]: done ? 'copied' : 'failed' }));
  };
  const copyWith = delivery.method === 'anchor' ? 'clipboard' : delivery.copyWith;

  const copyBlock = (file: DownloadFile) => {
    const state = copyState[file.name];
    return (
      <li key={file.name} className={styles.section}>
        <Button onClick={() => void copy(file)} aria-describedby={warningId} data-testid="copy-file">
          <Breakable text={m.copyFile(file.name)} />
        </Button>
        {state === 'copied' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <Breakable
                text={`${m.copied(file.name)} ${m.copySaveAs(file.name, encodingLabel(encoding, lang))}`}
              />
            </MessageBarBody>
          </MessageBar>
        )}
        {(state === 'failed' || copyWith === 'manual') && (
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
  const copyList = (list: readonly DownloadFile[]) =>
    list.length === 0 ? null : (
      <>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody id={warningId} data-testid="copy-warning">
            {m.copyPatientData}
          </MessageBarBody>
        </MessageBar>
        <ul className={styles.list}>{list.map((file) => copyBlock(file))}</ul>
      </>
    );

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="downloads">
      <h3 id={headingId} className={styles.subheading}>
        {m.downloadsHeading}
      </h3>
      <div role="status" aria-live="polite" data-testid="delivery-result">
        {delivery.method === 'anchor' && delivery.handed.length > 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {m.downloadsStarted(delivery.handed.length)}
              <ul data-testid="handed-files">
                {delivery.handed.map((name) => (
                  <li key={name} className={styles.fileName}>
                    <Breakable text={name} />
                  </li>
                ))}
              </ul>
              {m.downloadsWhere}
              {delivery.handed.length > 1 && ` ${m.downloadsSeveral}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {delivery.method === 'anchor' &&
          delivery.failed.map((failed) => (
            <MessageBar key={failed.name} intent="error" layout="multiline">
              <MessageBarBody data-testid="download-failed">
                <Breakable text={m.downloadFailed(failed.name, failed.reason)} />
              </MessageBarBody>
            </MessageBar>
          ))}
        {delivery.method === 'browserWindow' && delivery.sealError !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{m.sealFailed(delivery.sealError)}</MessageBarBody>
          </MessageBar>
        )}
        {delivery.method === 'browserWindow' && delivery.opened?.ok === true && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{m.browserOpened}</MessageBarBody>
          </MessageBar>
        )}
        {delivery.method === 'browserWindow' && delivery.opened?.ok === false && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{m.browserOpenFailed(delivery.opened.reason)}</MessageBarBody>
          </MessageBar>
        )}
        {again !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody data-testid="download-failed">
              {again.name === '' ? (
                m.browserOpenFailed(again.reason)
              ) : (
                <Breakable text={m.downloadFailed(again.name, again.reason)} />
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      {delivery.method === 'anchor' && (
        <ul className={styles.list}>
          {delivery.zip && (
            <li>
              <Button
                appearance="primary"
                onClick={() =>
                  save(
                    props.zipName ?? zipName(files.map((f) => f.name)),
                    zipExportFiles(files, mtime),
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
                appearance="secondary"
                className={styles.fileName}
                onClick={() => save(file.name, file.bytes, csvMimeType(encoding))}
                data-testid="download-file"
              >
                <Breakable text={m.downloadFile(file.name)} />
              </Button>
            </li>
          ))}
        </ul>
      )}

      {delivery.method === 'browserWindow' && delivery.code !== null && (
        <>
          <p className={styles.intro}>{m.openInBrowserIntro}</p>
          <Field label={m.exportCodeLabel} hint={m.exportCodeHint}>
            <output className={styles.mono} data-testid="export-code">
              {delivery.code}
            </output>
          </Field>
          <div className={styles.row}>
            <Button
              onClick={() =>
                void copyToClipboard(delivery.code ?? '').then((done) =>
                  setCodeCopy(done ? 'copied' : 'failed'),
                )
              }
              data-testid="copy-code"
            >
              {m.copyCode}
            </Button>
            {codeCopy !== null && (
              <span role="status">{codeCopy === 'copied' ? m.codeCopied : m.codeCopyFailed}</span>
            )}
          </div>
          {delivery.links.length > 1 && <p>{m.browserLinks(delivery.links.length)}</p>}
          <ul className={styles.list}>
            {delivery.links.map((link) => (
              <li key={link.url}>
                <Button
                  appearance={delivery.links.length === 1 ? 'primary' : 'secondary'}
                  className={styles.fileName}
                  onClick={() => open(link.url)}
                  data-testid={delivery.links.length === 1 ? 'open-in-browser' : 'open-file-in-browser'}
                >
                  {delivery.links.length === 1 && link.names.length > 1
                    ? m.openAllInBrowser(link.names.length)
                    : m.openFileInBrowser(link.names[0] ?? '')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {delivery.method === 'browserWindow' && copyList(delivery.copy)}

      {delivery.method === 'copy' && (
        <>
          <p className={styles.intro}>{m.copyIntro}</p>
          {copyList(files)}
        </>
      )}
    </section>
  );
}
