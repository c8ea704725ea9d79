/// Whether one sequence becomes another by at most one edit: a character inserted, deleted or
/// changed, or two neighbours swapped ("sma" for "sam": Damerau–Levenshtein distance at most one).
/// The one test behind "did you mean" for names (`NameResolver`) and near misses in drafts
/// (`DraftNear`).
enum OneEdit {
    static func apart<Element: Equatable>(_ x: [Element], _ y: [Element]) -> Bool {
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if i == x.count { return true }
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        let (longer, shorter) = x.count > y.count ? (x, y) : (y, x)
        return longer[(i + 1)...] == shorter[i...]
    }
}
