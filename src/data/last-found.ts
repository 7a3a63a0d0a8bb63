// Rows of a data file come a report at a time: a township's or metric's id is
// mostly the one of the row before. A province's 250,000 rows are checked
// against the known ids several times over (id-case.ts, validate.ts); an id
// equal to the last one found is not looked up again (issue 19).

/** Membership in `ids` for rows that mostly repeat the row before's id: the id last found is not looked up again. */
export function lastFoundMemo(ids: ReadonlySet<string>): (id: string) => boolean {
  let lastFound: string | null = null;
  return (id) => {
    if (id === lastFound) return true;
    if (!ids.has(id)) return false;
    lastFound = id;
    return true;
  };
}
