/**
 * @wheelhouse/ui: Wheelhouse's presentational components and display formatting. Components only
 * render what they are given; data comes from the app's hooks. Styling is Tailwind classes over
 * the tokens in apps/web/src/app/globals.css.
 */
export { cx, focusRing } from "./class-names.ts";
export * from "./format.ts";
export { LinkProvider, UiLink, type LinkComponent, type LinkComponentProps } from "./link.tsx";

export { Button, buttonClasses, type ButtonProps, type ButtonSize, type ButtonVariant } from "./button.tsx";
export { IconButton, type IconButtonProps } from "./icon-button.tsx";
export { CopyButton, type CopyButtonProps } from "./copy-button.tsx";

export { Badge, type BadgeProps, type Tone } from "./badge.tsx";
export { StateBadge, containerStateTone, type StateBadgeProps } from "./state-badge.tsx";
export { ConnectionBadge, type ConnectionBadgeProps, type ConnectionStatus } from "./connection-badge.tsx";

export { Card, type CardProps } from "./card.tsx";
export { StatCard, type StatCardProps } from "./stat-card.tsx";
export { PageHeader, type BreadcrumbItem, type PageHeaderProps } from "./page-header.tsx";
export { KeyValueList, type KeyValueItem, type KeyValueListProps } from "./key-value-list.tsx";
export { CodeBlock, type CodeBlockProps } from "./code-block.tsx";
export { Tabs, type TabItem, type TabsProps } from "./tabs.tsx";
export { SegmentedControl, type SegmentOption, type SegmentedControlProps } from "./segmented-control.tsx";
export { DataTable, type DataTableColumn, type DataTableProps, type SortDirection, type SortState } from "./data-table.tsx";

export { EmptyState, type EmptyStateProps } from "./empty-state.tsx";
export { ErrorState, type ErrorStateProps } from "./error-state.tsx";
export { LoadingState, type LoadingStateProps } from "./loading-state.tsx";
export { Skeleton, type SkeletonProps } from "./skeleton.tsx";
export { Spinner, type SpinnerProps } from "./spinner.tsx";

export { ConfirmDialog, type ConfirmDialogProps } from "./confirm-dialog.tsx";
export { Modal, type ModalProps } from "./modal.tsx";
export { ModalFormFooter, type ModalFormFooterProps } from "./modal-form-footer.tsx";
export { Drawer, type DrawerProps } from "./drawer.tsx";
export { ToastProvider, useToast, type ToastApi, type ToastOptions, type ToastTone } from "./toast.tsx";

export { TimeSeriesChart, type ChartSeries, type TimeSeriesChartProps } from "./time-series-chart.tsx";
export { formatChartValue, type ChartUnit } from "./chart-units.ts";
