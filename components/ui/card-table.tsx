import type { ComponentProps } from 'react';

// A table that shows its rows as stacked cards on a phone instead of scrolling sideways in a frame:
// below the breakpoint (sm, or xl with stackBelow="xl") CSS in app/globals.css (.card-table) turns
// each row into a card with the row header as its title and every cell as "label: value", the
// label coming from the cell's `label` (data-label). Above it, the same markup is a plain table.
//
// One table at every width rather than a list for phones next to a table for desktops: the page's
// HTML does not double, a form's checkboxes exist once, and screen readers and tests find the same
// table everywhere. Safari drops a table's semantics once CSS changes its display, so each part
// states its role; the column headers stay in the accessibility tree (visually hidden on a phone),
// and the labels drawn in front of values are left out of what screen readers say.
//
// Cell utilities win over the card rules, so desktop-only spacing and alignment go under `sm:`.

/**
 * `stackBelow`: the breakpoint under which rows are cards. `inCard`: the table sits in a card
 * already, so its rows are parted by rules instead of boxed.
 */
export function CardTable({
  stackBelow = 'sm',
  inCard = false,
  className = '',
  ...props
}: ComponentProps<'table'> & { stackBelow?: 'sm' | 'xl'; inCard?: boolean }) {
  return (
    <table
      role="table"
      data-stack={stackBelow === 'sm' ? undefined : stackBelow}
      data-in-card={inCard ? '' : undefined}
      className={`card-table ${className}`}
      {...props}
    />
  );
}

export function CardTableHead(props: ComponentProps<'thead'>) {
  return <thead role="rowgroup" {...props} />;
}

/** With `card`, the body's rows form one card (a title row and lines under it) instead of a card each. */
export function CardTableBody({ card, ...props }: ComponentProps<'tbody'> & { card?: boolean }) {
  return <tbody role="rowgroup" data-card={card ? '' : undefined} {...props} />;
}

export function CardTableFoot(props: ComponentProps<'tfoot'>) {
  return <tfoot role="rowgroup" {...props} />;
}

export function CardTableRow(props: ComponentProps<'tr'>) {
  return <tr role="row" {...props} />;
}

/** A column's header: hidden on a phone, where each cell shows its `label` instead. */
export function ColumnHeader(props: ComponentProps<'th'>) {
  return <th scope="col" role="columnheader" {...props} />;
}

/** The row's header: the card's title on a phone. */
export function RowHeader(props: ComponentProps<'th'>) {
  return <th scope="row" role="rowheader" {...props} />;
}

/**
 * A cell. On a phone it shows `label` (its column's name) beside its value; without a label it is
 * a plain block in the card, and a labelled cell with nothing in it is left out of the card.
 */
export function Cell({ label, ...props }: ComponentProps<'td'> & { label?: string }) {
  return <td role="cell" data-label={label} {...props} />;
}
