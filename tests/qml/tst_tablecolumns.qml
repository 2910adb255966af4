import QtQuick
import QtTest
import Plenary.Ui

// How a table shares its width between columns: by share when there is room, dropping the
// least useful columns when narrow, shrinking in proportion when even that is not enough.
TestCase {
    id: root

    name: "TableColumns"

    TableColumns {
        id: columns

        spacing: 10
        minimums: [100, 50, 80]
        shares: [2, 1, 0]
        dropOrder: [1]
    }

    function test_extraSpaceGoesByShare() {
        columns.available = 100 + 50 + 80 + 2 * 10 + 30;
        compare(columns.widths, [120, 60, 80]);
    }

    function test_narrowTableDropsColumnsInOrder() {
        columns.available = 100 + 80 + 10;
        compare(columns.widths, [100, 0, 80]);
    }

    function test_tooNarrowShrinksInProportion() {
        columns.available = 100;
        compare(columns.widths, [50, 0, 40]);
    }
}
