// Controls other views put in the header, between the main menu and the
// display settings (for instance a search field). Each is rendered once, in order.
import type { ComponentType } from 'react';
import { SearchField } from '../features/search/SearchField';

export const headerItems: { id: string; Component: ComponentType }[] = [
  { id: 'search', Component: SearchField },
];
