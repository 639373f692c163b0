// How every form control looks (inputs, selects, text areas): one recipe, so a change of border,
// focus ring or error colour is made once. Width and margin stay with the caller.
export const controlClass =
  'block min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600';

/** The recipe plus the caller's own classes (width, margin, alignment). */
export function controlClassWith(className: string | undefined) {
  return className ? `${controlClass} ${className}` : controlClass;
}
