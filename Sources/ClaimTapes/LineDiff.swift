/// A line diff for a golden snapshot that no longer matches: `-` what the golden file says,
/// `+` what the screen shows, with the line number on the screen, unchanged lines left out.
public enum LineDiff {
    public static func lines(expected: [String], actual: [String]) -> [String] {
        let n = expected.count, m = actual.count
        // Longest common subsequence, table from the end so the walk below goes forwards.
        var common = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = expected[i] == actual[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [String] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                i += 1
                j += 1
            } else if j < m, i == n || common[i][j + 1] >= common[i + 1][j] {
                result.append("+" + pad(j + 1) + "| " + actual[j])
                j += 1
            } else {
                result.append("-" + pad(i + 1) + "| " + expected[i])
                i += 1
            }
        }
        return result
    }

    private static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }
}
