/**
 * The `Excel.*` enums add-in code uses, with office.js's string values (copied from
 * @types/office-js). Installed on the fake `Excel` namespace so `Excel.ConditionalFormatType.custom`
 * and friends work at runtime.
 */
export const ConditionalFormatType = {
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
} as const;

export const RangeValueType = {
  unknown: 'Unknown',
  empty: 'Empty',
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  error: 'Error',
  richValue: 'RichValue',
} as const;

export const SheetVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** Excel.WorksheetPositionType (Worksheet.copy, ExcelApi 1.7). */
export const WorksheetPositionType = {
  none: 'None',
  before: 'Before',
  after: 'After',
  beginning: 'Beginning',
  end: 'End',
} as const;

export const CalculationMode = {
  automatic: 'Automatic',
  automaticExceptTables: 'AutomaticExceptTables',
  manual: 'Manual',
} as const;

export const CalculationType = {
  recalculate: 'Recalculate',
  full: 'Full',
  fullRebuild: 'FullRebuild',
} as const;

export const ClearApplyTo = {
  all: 'All',
  formats: 'Formats',
  contents: 'Contents',
  hyperlinks: 'Hyperlinks',
  removeHyperlinks: 'RemoveHyperlinks',
  resetContents: 'ResetContents',
} as const;

export const InsertShiftDirection = { down: 'Down', right: 'Right' } as const;
export const DeleteShiftDirection = { up: 'Up', left: 'Left' } as const;

export const EventSource = { local: 'Local', remote: 'Remote' } as const;
export const EventTriggerSource = { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' } as const;

export const DataChangeType = {
  unknown: 'Unknown',
  rangeEdited: 'RangeEdited',
  rowInserted: 'RowInserted',
  rowDeleted: 'RowDeleted',
  columnInserted: 'ColumnInserted',
  columnDeleted: 'ColumnDeleted',
  cellInserted: 'CellInserted',
  cellDeleted: 'CellDeleted',
} as const;

export const DataValidationType = {
  none: 'None',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
  inconsistent: 'Inconsistent',
  mixedCriteria: 'MixedCriteria',
} as const;

export const DataValidationAlertStyle = {
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
} as const;

export const DataValidationOperator = {
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
  lessThanOrEqualTo: 'LessThanOrEqualTo',
} as const;

export const ConditionalCellValueOperator = {
  invalid: 'Invalid',
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
} as const;

export const ConditionalTextOperator = {
  invalid: 'Invalid',
  contains: 'Contains',
  notContains: 'NotContains',
  beginsWith: 'BeginsWith',
  endsWith: 'EndsWith',
} as const;

export const HorizontalAlignment = {
  general: 'General',
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerAcrossSelection: 'CenterAcrossSelection',
  distributed: 'Distributed',
} as const;

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  generalException: 'GeneralException',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  notImplemented: 'NotImplemented',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestAborted: 'RequestAborted',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedOperation: 'UnsupportedOperation',
} as const;

export const excelEnums = {
  ConditionalFormatType,
  RangeValueType,
  SheetVisibility,
  WorksheetPositionType,
  CalculationMode,
  CalculationType,
  ClearApplyTo,
  InsertShiftDirection,
  DeleteShiftDirection,
  EventSource,
  EventTriggerSource,
  DataChangeType,
  DataValidationType,
  DataValidationAlertStyle,
  DataValidationOperator,
  ConditionalCellValueOperator,
  ConditionalTextOperator,
  HorizontalAlignment,
  ErrorCodes,
} as const;
