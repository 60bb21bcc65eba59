/** Words of the shared components (header controls, dialogs, screens used by every view) and of the app shell. */
import { defineMessages, type MessageKey } from '../lib/i18n';

const en = {
  language: {
    label: 'Language',
    en: 'English',
    fr: 'Français',
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    contrast: 'High contrast',
  },
  /** After a page's own name in the browser tab: "Page not found · KP CAR Monitor". */
  pageTitle: '{{page}} · KP CAR Monitor',
  skipLink: 'Skip to content',
  nav: {
    label: 'Views',
    map: 'Map',
    notifications: 'Notifications',
    review: 'Quarterly review',
    quality: 'Data quality',
    present: 'Present',
    /** The accessible name starts with the text as seen, "Data quality 2", then says what the number counts. */
    qualityCount_one: 'Data quality {{n}} issue',
    qualityCount_other: 'Data quality {{n}} issues',
  },
  header: {
    asOf: 'as of {{date}}',
    fromFile: 'Data from file {{name}}',
    fromSample: 'Data from the embedded sample',
    fromUrl: 'Data from {{url}}',
    offlineCopy: '(offline copy)',
    closeFile: 'Close file',
  },
  synthetic: {
    badge: 'Synthetic data',
    title: 'Synthetic data: figures are made up for demonstration',
    explained: '(figures are made up for demonstration)',
  },
  loading: {
    plain: 'Loading…',
    from: 'Loading dataset from <place/>…',
    receivedOf: '{{bytes}} of {{total}} ({{percent}} %) received.',
    received: '{{bytes}} received.',
    failedRetrying: 'The last attempt failed ({{reason}}); trying again (attempt {{attempt}}).',
    silentRetrying: 'No answer yet; trying again (attempt {{attempt}}).',
  },
  actions: {
    retry: 'Retry',
    retrying: 'Retrying…',
    openFile: 'Open file…',
    datasetFile: 'Dataset file',
    closeThisFile: 'Close this file',
    close: 'Close',
    cancel: 'Cancel',
    reload: 'Reload',
  },
  dropZone: 'Drop a dataset JSON file to open it',
  quarter: {
    label: 'Quarter',
    all: 'All quarters',
  },
  sources: {
    title: 'Sources of this dataset',
  },
  qualityTag: {
    text: 'data quality',
  },
  localChanges: {
    count_one: '{{n}} local change, not in the source',
    count_other: '{{n}} local changes, not in the source',
    export: 'Export dataset',
    discard: 'Discard local changes',
    exportFailed: 'Export failed: {{reason}}',
    discardFailed: 'Discard failed: {{reason}}',
    askTitle: 'Discard local changes?',
    confirm_one: 'Discard {{n}} change',
    confirm_other: 'Discard {{n}} changes',
    warning_one: 'The change recorded in this browser will be lost: it is not in the source ({{source}}). To keep it, cancel and use “Export dataset” first.',
    warning_other: 'The {{n}} changes recorded in this browser will be lost: they are not in the source ({{source}}). To keep them, cancel and use “Export dataset” first.',
  },
  dataError: {
    source: 'Source:',
    problems: 'Problems',
    whatToDo: 'What to do',
    htmlPage: 'The server sent a web page instead of JSON: the URL is probably wrong.',
    openAnother: 'Or open another file.',
    checkSchema: 'Check the file against the dataset format, <schema/> (JSON Schema).',
    invalid: {
      title: 'Dataset cannot be loaded',
      heading: 'This dataset cannot be loaded',
      notJson: 'The document could not be read as JSON: it may have been cut short or damaged on the way, or it is not a dataset file.',
      retryReloads: 'Retry loads it again.',
      found_one: '{{n}} problem was found in its structure.',
      found_other: '{{n}} problems were found in its structure.',
      foundFirst: '{{n}} problems were found in its structure; the first {{shown}} are listed.',
      fixJson: 'Check that the address or file is the dataset itself; if it is, fix its JSON syntax at the place named above, then load it again.',
      fixFields: 'Fix the fields listed above in the file, then load it again.',
    },
    newer: {
      title: 'Dataset in a newer format',
      heading: 'This dataset is in a newer format',
      reason: '<field/>: <reason/>.',
      nothingRead: 'Nothing in it was read: a file in a format this dashboard does not know is refused whole rather than shown in part.',
    },
    tooLarge: {
      title: 'Dataset too large',
      heading: 'This dataset is too large to open',
      explained: 'It was refused before being read, so the browser tab does not run out of memory. Use a smaller extract of the data (fewer years, say), or the command line (<validate/>, <review/>), which has no such limit.',
    },
    stopped: {
      title: 'Dataset could not be read',
      heading: 'The dataset could not be read',
    },
    fetch: {
      title: 'Dataset could not be fetched',
      heading: 'The dataset could not be fetched',
      failed: 'Loading <place/> failed: <reason/>.',
      noCopy: 'This browser has no earlier copy of this dataset to show instead.',
    },
    advice: {
      connection: 'Check the address and your connection, then retry; or open a dataset file from this computer.',
      timeout: 'The server may be busy or the connection slow. Retry, or open a dataset file from this computer.',
      missing: 'Check the address (the ?data= link, or the address the dashboard was built with); retry once the file is in place, or open a dataset file from this computer.',
      serverFault: 'Retry in a moment; or open a dataset file from this computer.',
      stopped: 'Close other tabs or programs to free memory, then retry; or open a smaller extract of the data (fewer years, say).',
      refused: 'Ask whoever runs the server to let the dashboard read the file, then retry; or open a dataset file from this computer.',
    },
  },
  viewError: {
    heading: 'Something went wrong in this view',
    help: 'Reloading the page usually helps. If it keeps happening, note what you did and tell the team.',
    code: 'This view could not be loaded: check the connection, then reload the page.',
  },
  notFound: {
    heading: 'Page not found',
    text: 'There is no page at this address.',
    toMap: 'Go to the zones map',
  },
};

export type CommonMessages = typeof en;

export const { useMessages: useCommonMessages, translate: commonText } = defineMessages('common', en, () => import('./messages.fr').then((m) => m.fr));

/** A key of this namespace, to check the `i18nKey` given to `<Trans ns="common">`. */
export type CommonKey = MessageKey<typeof en>;
