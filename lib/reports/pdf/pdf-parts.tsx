import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { pdfStyles } from './pdf-styles';

// Building blocks of the report's PDF: a section, big figures, a table, an empty state.

export function PdfSection({
  title,
  children,
  breakBefore,
}: {
  title: string;
  children: ReactNode;
  breakBefore?: boolean;
}) {
  return (
    <View style={pdfStyles.section} break={breakBefore}>
      <Text style={pdfStyles.heading} minPresenceAhead={80}>
        {title}
      </Text>
      {children}
    </View>
  );
}

export function PdfFigures({ figures }: { figures: { label: string; value: string | number }[] }) {
  return (
    <View style={pdfStyles.figures} wrap={false}>
      {figures.map((figure) => (
        <View key={figure.label} style={pdfStyles.figure}>
          <Text style={pdfStyles.figureLabel}>{figure.label}</Text>
          <Text style={pdfStyles.figureValue}>{String(figure.value)}</Text>
        </View>
      ))}
    </View>
  );
}

export type PdfColumn = { header: string; numeric?: boolean; wide?: boolean };

const cellStyle = (column: PdfColumn) =>
  column.numeric ? pdfStyles.numberCell : column.wide ? pdfStyles.wideCell : pdfStyles.cell;

/** A table: a header row, then one row per entry, rows never split across pages. */
export function PdfTable({ columns, rows }: { columns: PdfColumn[]; rows: (string | number)[][] }) {
  return (
    <View style={pdfStyles.table}>
      <View style={pdfStyles.headerRow}>
        {columns.map((column) => (
          <Text key={column.header} style={[cellStyle(column), pdfStyles.headerText]}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((row, index) => (
        <View key={index} style={pdfStyles.row} wrap={false}>
          {row.map((cell, cellIndex) => (
            <Text key={cellIndex} style={cellStyle(columns[cellIndex]!)}>
              {String(cell)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function PdfEmpty({ title, text }: { title: string; text: string }) {
  return (
    <View style={pdfStyles.empty} wrap={false}>
      <Text style={pdfStyles.emptyTitle}>{title}</Text>
      <Text>{text}</Text>
    </View>
  );
}
