import QtQuick

// The widths of a table's columns, shared by its header row and its rows. Each column has a
// minimum width and a share of the space left over. When the minimums do not fit, the
// columns named in `dropOrder` are hidden one after the other (width 0), and if that is not
// enough either, all columns shrink in proportion (and their texts elide).
QtObject {
    id: root

    /// Width available for the cells (the row minus its side margins).
    property real available
    property real spacing: Theme.gapMedium
    /// Minimum width of each column.
    property var minimums: []
    /// Share of the extra space of each column (0: fixed).
    property var shares: []
    /// Columns that may be hidden when the table is narrow, least useful first.
    property var dropOrder: []

    readonly property var widths: {
        const count = root.minimums.length;
        const shown = [];
        for (let i = 0; i < count; ++i)
            shown.push(true);
        const need = () => {
            let sum = 0;
            let columns = 0;
            for (let i = 0; i < count; ++i) {
                if (shown[i]) {
                    sum += root.minimums[i];
                    ++columns;
                }
            }
            return sum + root.spacing * Math.max(0, columns - 1);
        };
        for (let d = 0; d < root.dropOrder.length && need() > root.available; ++d)
            shown[root.dropOrder[d]] = false;

        let columns = 0;
        let minimum = 0;
        let shareSum = 0;
        for (let i = 0; i < count; ++i) {
            if (!shown[i])
                continue;
            ++columns;
            minimum += root.minimums[i];
            shareSum += root.shares[i] || 0;
        }
        const room = Math.max(0, root.available - root.spacing * Math.max(0, columns - 1));
        const result = [];
        for (let i = 0; i < count; ++i) {
            if (!shown[i])
                result.push(0);
            else if (room <= minimum || shareSum === 0)
                result.push(Math.floor(root.minimums[i] * (minimum > 0 ? Math.min(1, room / minimum) : 0)));
            else
                result.push(Math.floor(root.minimums[i] + (room - minimum) * (root.shares[i] || 0) / shareSum));
        }
        return result;
    }

    function width(column: int): real {
        return root.widths[column] || 0;
    }

    function shown(column: int): bool {
        return root.width(column) > 0;
    }
}
