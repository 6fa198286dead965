import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Settings20Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useEffect, useId, useState, type ReactNode } from 'react';
import type { ExportSettings } from '../core';
import { ErrorBoundary } from './components/ErrorBoundary';
import { NewBatchTab } from './components/NewBatchTab';
import { OfflineNote } from './components/OfflineNote';
import { useTexts } from './i18n';
import { documentSettings, loadExportSettings, type LoadedSettings } from './officeSettings';
import { type StepRequest, subscribeSteps } from './ribbon';

// The less-used tabs load on first use (React.lazy): the pane's first paint only needs the shell
// and "Nieuwe batch". Chunk names make them recognisable in dist/ (taskpane-*.js).
const CheckTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-check" */ './components/CheckTab').then((module) => ({
    default: module.CheckTab,
  })),
);
const ExportTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-export" */ './components/ExportTab').then((module) => ({
    default: module.ExportTab,
  })),
);
const UploadTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-upload" */ './components/UploadTab').then((module) => ({
    default: module.UploadTab,
  })),
);
const SettingsTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-settings" */ './components/SettingsTab').then((module) => ({
    default: module.SettingsTab,
  })),
);

const TABS = ['new', 'check', 'export', 'upload', 'settings'] as const;
type TabValue = (typeof TABS)[number];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    boxSizing: 'border-box',
    paddingInline: tokens.spacingHorizontalM,
    paddingBlockEnd: tokens.spacingVerticalXXL,
  },
  title: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalM,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Issue #13: one row of tabs down to a 320 px pane (Office opens panes that narrow). The labels
  // are one short word each and Instellingen is an icon with its name as tooltip and accessible
  // name; the row never wraps and never scrolls (test/browser/layout.test.ts measures it in nl, fr, en).
  tabs: {
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    flexWrap: 'nowrap',
    minWidth: 0,
  },
  tab: {
    paddingInline: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
});

/**
 * The task pane: a title, five tabs and their panels. Panels are mounted on first visit and then
 * kept (hidden), so a check's result survives a look at another tab.
 */
export function App() {
  const { m } = useTexts();
  const styles = useStyles();
  const id = useId();
  const [selected, setSelected] = useState<TabValue>('new');
  const [visited, setVisited] = useState<ReadonlySet<TabValue>>(new Set(['new']));
  const [settings, setSettings] = useState<LoadedSettings>(() => loadExportSettings(documentSettings()));

  const labels: Record<TabValue, string> = {
    new: m.tabNewBatch,
    check: m.tabCheck,
    export: m.tabExport,
    upload: m.tabUpload,
    settings: m.tabSettings,
  };
  const tabId = (tab: TabValue) => `${id}-tab-${tab}`;
  const panelId = (tab: TabValue) => `${id}-panel-${tab}`;

  const select = (tab: TabValue): void => {
    setSelected(tab);
    setVisited((current) => (current.has(tab) ? current : new Set(current).add(tab)));
  };

  const onSaved = (value: ExportSettings): void => setSettings({ value, issues: [], fromRowsPerFile: null });

  // A ribbon button (ribbon.ts): its tab, then the tab starts the step (id: once per press).
  const [request, setRequest] = useState<StepRequest | null>(null);
  useEffect(
    () =>
      subscribeSteps((next) => {
        setSelected(next.step);
        setVisited((current) => (current.has(next.step) ? current : new Set(current).add(next.step)));
        setRequest(next);
      }),
    [],
  );
  const startOf = (step: StepRequest['step']): number | null => (request?.step === step ? request.id : null);

  const panel = (tab: TabValue): ReactNode => {
    switch (tab) {
      case 'new':
        return <NewBatchTab settings={settings.value} start={startOf('new')} />;
      case 'check':
        return <CheckTab settings={settings.value} start={startOf('check')} />;
      case 'export':
        return (
          <ExportTab settings={settings.value} active={selected === 'export'} start={startOf('export')} />
        );
      case 'upload':
        return (
          <UploadTab
            settings={settings.value}
            active={selected === 'upload'}
            onOpenExport={() => select('export')}
          />
        );
      case 'settings':
        return (
          <SettingsTab
            settings={settings.value}
            storedIssues={settings.issues}
            fromRowsPerFile={settings.fromRowsPerFile}
            onSaved={onSaved}
          />
        );
    }
  };

  return (
    <div className={styles.root}>
      {/* The title and the tab list form the banner landmark (axe "region": all content in landmarks). */}
      <header>
        <h1 className={styles.title}>{m.productName}</h1>
        <OfflineNote />
        <TabList
          className={styles.tabs}
          selectedValue={selected}
          onTabSelect={(_, data) => {
            const tab = TABS.find((t) => t === data.value);
            if (tab !== undefined) select(tab);
          }}
          aria-label={m.tabListLabel}
          size="small"
        >
          {TABS.map((tab) =>
            tab === 'settings' ? (
              // An icon tab: its name is the accessible name and the native tooltip (title), not a
              // Fluent Tooltip, whose portal would sit outside the landmarks (axe "region").
              <Tab
                key={tab}
                className={styles.tab}
                value={tab}
                id={tabId(tab)}
                aria-controls={panelId(tab)}
                aria-label={labels[tab]}
                title={labels[tab]}
                icon={<Settings20Regular />}
              />
            ) : (
              <Tab key={tab} className={styles.tab} value={tab} id={tabId(tab)} aria-controls={panelId(tab)}>
                {labels[tab]}
              </Tab>
            ),
          )}
        </TabList>
      </header>
      <main>
        {TABS.map((tab) => (
          <div
            key={tab}
            id={panelId(tab)}
            role="tabpanel"
            aria-labelledby={tabId(tab)}
            hidden={selected !== tab}
            data-testid={`panel-${tab}`}
          >
            {visited.has(tab) && (
              <ErrorBoundary m={m}>
                <Suspense fallback={<Spinner size="small" label={m.loading} />}>{panel(tab)}</Suspense>
              </ErrorBoundary>
            )}
          </div>
        ))}
      </main>
    </div>
  );
}
