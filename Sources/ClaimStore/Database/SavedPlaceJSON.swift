import ClaimFlow

/// The saved place (which screen, and where on the changes and certificates screens) read from
/// its JSON text without Codable (issue 19: each type decoded through JSONDecoder costs a scan of
/// every conformance record of the binary at its first use, 2.6 M instructions of every start for
/// these three). They read exactly what `ProgressRows.text` (JSONEncoder) writes, as the Codable
/// conformances read it (SavedPlaceJSONTests encodes each case and reads it back); those stay,
/// for writing and for the export.
enum SavedPlaceJSON {
    static func location(_ json: JSONValue) throws(AssetReadError) -> Location {
        let fields = try JSONFields(json, field: "location")
        switch try fields.string("screen") {
        case "menu": return .menu
        case "calendar": return .calendar
        case "changes": return .changes
        case "certificates": return .certificates
        case "flow": return .flow(try fields.string("flow"))
        case let other: throw AssetReadError(.unknownValue(field: "screen", value: other, allowed: []))
        }
    }

    static func changesPlace(_ json: JSONValue) throws(AssetReadError) -> ChangesPlace {
        let fields = try JSONFields(json, field: "changes_place")
        let draft = try fields.optionalObject("draft").map { (draft: JSONFields) throws(AssetReadError) in
            ChangeDraft(operation: try draft.word("operation", as: ChangeOperation.self), changeID: try draft.int("changeID"),
                        text: try draft.string("text"), caret: try draft.optionalInt("caret"))
        }
        return ChangesPlace(selected: try fields.optionalInt("selected"), stage: try changesStage(fields.object("stage")), draft: draft)
    }

    /// ChangesStage's own coding: `{"stage": "choosing", "cursor": 2}`.
    static func changesStage(_ fields: JSONFields) throws(AssetReadError) -> ChangesStage {
        switch try fields.string("stage") {
        case "list": return .list
        case "choosing": return .choosing(cursor: try fields.int("cursor"))
        case "typing": return .typing(try fields.word("operation", as: ChangeOperation.self))
        case "confirming": return .confirming(try fields.word("operation", as: ChangeOperation.self))
        case let other: throw AssetReadError(.unknownValue(field: "stage", value: other, allowed: []))
        }
    }

    static func certificatesPlace(_ json: JSONValue) throws(AssetReadError) -> CertificatesPlace {
        let fields = try JSONFields(json, field: "certificates_place")
        let draft = try fields.optionalObject("draft").map { (draft: JSONFields) throws(AssetReadError) in
            CertificateDraft(field: try draft.word("field", as: CertificateField.self), certificateID: try draft.int("certificateID"),
                             text: try draft.string("text"), caret: try draft.optionalInt("caret"))
        }
        guard let stage = fields.value("stage") else { throw AssetReadError(.missingKey("stage")) }
        return CertificatesPlace(selected: try fields.optionalInt("selected"), stage: try certificatesStage(stage), draft: draft)
    }

    /// The synthesized coding of an enum with associated values: one member named after the
    /// case, holding its values by label (`_0` when unlabelled): `{"choosing": {"cursor": 2}}`.
    static func certificatesStage(_ json: JSONValue) throws(AssetReadError) -> CertificatesStage {
        guard case .object(let members) = json, members.count == 1, let (name, value) = members.first else {
            throw AssetReadError(.badValue(detail: "stage"))
        }
        let values = try JSONFields(value, field: name)
        switch name {
        case "list": return .list
        case "choosing": return .choosing(cursor: try values.int("cursor"))
        case "typing": return .typing(try values.word("_0", as: CertificateField.self))
        case "confirming": return .confirming(try values.word("_0", as: CertificateField.self))
        default: throw AssetReadError(.unknownValue(field: "stage", value: name, allowed: []))
        }
    }

    /// A list of strings (a flow's history of steps).
    static func strings(_ json: JSONValue) throws(AssetReadError) -> [String] {
        guard case .array(let elements) = json else { throw AssetReadError(.wrongType(field: "history", expected: .array, found: json.shape)) }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element else { throw AssetReadError(.wrongType(field: "history", expected: .string, found: element.shape)) }
            result.append(text)
        }
        return result
    }
}
