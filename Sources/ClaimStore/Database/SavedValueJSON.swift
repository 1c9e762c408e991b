import ClaimFlow

/// Saved values read from their JSON text without Codable, as `SavedPlaceJSON` reads the place: the
/// answers and the clinic's payers are read at every start that has them, and through JSONDecoder
/// they brought Foundation's JSON decoder and its conformance lookups into the start (issue 19: 64 KB
/// windows of code kept resident). They read exactly what `ProgressRows.text` (JSONEncoder) writes, as
/// the Codable conformances read it (SavedValueJSONTests); those stay, for writing and the export.
enum SavedValueJSON {
    /// An answer, as Answer's Codable conformance writes it: `{"kind": "checked", "value": ["pc"]}`.
    static func answer(_ json: JSONValue) throws(AssetReadError) -> Answer {
        let fields = try JSONFields(json, field: "answer")
        switch try fields.string("kind") {
        case "choice": return .choice(try fields.string("value"))
        case "checked": return .checked(try fields.strings("value"))
        case "text": return .text(try fields.string("value"))
        case "date":
            let text = try fields.string("value")
            guard let date = CivilDate(parsing: text) else { throw AssetReadError(.badValue(detail: "not a date: \(text)")) }
            return .date(date)
        case "secret": return .secretEntered
        case "confirmed": return .confirmed
        case let other: throw AssetReadError(.unknownValue(field: "kind", value: other, allowed: []))
        }
    }

    /// The payers the clinic bills (the profile): `["shaho","kokuho"]`.
    static func payers(_ json: JSONValue) throws(AssetReadError) -> [Payer] {
        guard case .array(let elements) = json else { throw AssetReadError(.wrongType(field: "payers", expected: .array, found: json.shape)) }
        var payers: [Payer] = []
        for element in elements {
            payers.append(try JSONFields.word(try JSONFields.string(element, field: "payers"), field: "payers", as: Payer.self))
        }
        return payers
    }
}
