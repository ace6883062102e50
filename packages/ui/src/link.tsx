"use client";
/**
 * Components that navigate (StatCard, PageHeader's breadcrumb) render links through this context,
 * so this package stays router-agnostic and the app plugs in next/link once, in its providers.
 */
import { createContext, useContext, type ComponentType, type ReactNode } from "react";

export interface LinkComponentProps {
  href: string;
  className?: string;
  children?: ReactNode;
  "aria-current"?: "page" | undefined;
}

export type LinkComponent = ComponentType<LinkComponentProps>;

function PlainAnchor(props: LinkComponentProps) {
  return <a {...props} />;
}

const LinkContext = createContext<LinkComponent>(PlainAnchor);

export function LinkProvider({ component, children }: { component: LinkComponent; children: ReactNode }) {
  return <LinkContext value={component}>{children}</LinkContext>;
}

/** A link rendered with the app's link component (a plain <a> when there is no provider). */
export function UiLink(props: LinkComponentProps) {
  const Link = useContext(LinkContext);
  return <Link {...props} />;
}
