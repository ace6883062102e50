export { AppShell, type AppShellProps } from "./app-shell";
export { LogoMark } from "./logo-mark";
export { Sidebar, type NavItem, type NavSection, type SidebarProps } from "./sidebar";
export { TopBar, type TopBarProps } from "./top-bar";
