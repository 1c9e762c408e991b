/// The sentences for whoever edits the flow assets: what is wrong and where, each a function of
/// the `AssetProblem` the validator or the decoder found.
public protocol AssetMessages: Sendable {
    func problem(_ problem: AssetProblem) -> String
    /// The whole error line: the file, the step when known, the problem.
    func error(file: String, stepID: String?, problem: String) -> String
}

public struct JapaneseAssetMessages: AssetMessages {
    public init() {}

    private func condition(_ problem: ConditionProblem) -> String {
        switch problem {
        case .stepMissing(let step): return "手順 \"\(step)\" がありません。"
        case .notAChoice(let step): return "手順 \"\(step)\" は choice ではありません（条件には選択肢の手順だけを書けます）。"
        case .notEarlier(let step):
            return "手順 \"\(step)\" はこの手順より前にありません（条件にはここまでの道で答える手順を書いてください）。"
        case .optionMissing(let step, let option): return "手順 \"\(step)\" に選択肢 \"\(option)\" がありません。"
        }
    }

    private func shape(_ shape: JSONShape) -> String {
        switch shape {
        case .null: return " null "
        case .bool: return " true か false "
        case .number: return "数"
        case .integer: return "整数"
        case .string: return "文字列"
        case .array: return "リスト（[ ]）"
        case .object: return "オブジェクト（{ }）"
        }
    }

    public func problem(_ problem: AssetProblem) -> String {
        switch problem {
        case .emptyFlowID: return "フローの id が空です。"
        case .noSteps: return "手順 (steps) が1つもありません。"
        case .emptyStepID(let title): return "id が空の手順があります（\"\(title)\"）。"
        case .duplicateStepID: return "同じ id の手順が2つあります。"
        case .emptyTitle: return "title が空です。"
        case .helpMissing:
            return "help がありません。F1 で出す説明（何のための手順か・見分け方・どこを見るか・次に何をするか）を \"help\" に書いてください。"
        case .unknownFact(let name, let known):
            return "{{\(name)}} は使えません。使えるのは \(known.joined(separator: ", ")) です。"
        case .checklistWithoutItems: return "checklist に items がありません。"
        case .duplicateItemID(let id): return "項目 id \"\(id)\" が重複しています。"
        case .choiceWithoutOptions: return "choice に options がありません。"
        case .duplicateOptionID(let id): return "選択肢 id \"\(id)\" が重複しています。"
        case .fieldMissing(let kind): return "\(kind.rawValue) に field がありません。"
        case .readbackSourceNotText: return "readback の source には text の手順の id を書いてください。"
        case .maxLengthOutOfRange: return "field.maxLength は 1〜1000 にしてください。"
        case .secretAudited: return "field に secret と audit の両方は付けられません（パスワードが監査記録に残ります）。"
        case .recordOnWrongKind(let record, let kind): return "record \"\(record)\" は \(kind.rawValue) の手順に付けてください。"
        case .recordNeedsPayer(let record): return "record \"\(record)\" には payer（shaho か kokuho）が必要です。"
        case .receiptNeedsNumberStep: return "record \"receipt\" の number には、受領書の番号を入れる text の手順の id を書いてください。"
        case .nextStepMissing(let id): return "次の手順 \"\(id)\" がありません。"
        case .lastTransitionConditional: return "next の最後は条件なし (when なし) にしてください。"
        case .badCondition(let item, let problem):
            return (item.map { "項目 \"\($0)\" の " } ?? "next の ") + "when: " + condition(problem)
        case .prefillShape: return "prefill は \"choice の手順\": \"フロー/手順\" の形で書いてください。"
        case .cycle(let target): return "手順が \"\(target)\" に戻る輪になっています。"
        case .duplicateFlowID(let id, let otherFile): return "フロー id \"\(id)\" は \(otherFile) でも使われています。"
        case .notJSON: return "JSON として読めません（括弧・カンマ・引用符を確認してください）。"
        case .badValue(let detail): return "値が正しくありません: \(detail)"
        case .missingKey(let key): return "項目 \"\(key)\" がありません。"
        case .wrongType(let field, let expected, let found):
            return "項目 \"\(field)\" には\(shape(expected))を書いてください（いまは\(shape(found))です）。"
        case .unknownValue(let field, let value, let allowed):
            return "項目 \"\(field)\" の \"\(value)\" は使えません。使えるのは \(allowed.joined(separator: ", ")) です。"
        case .described(let text): return text
        }
    }

    public func error(file: String, stepID: String?, problem: String) -> String {
        stepID.map { "\(file): 手順 \"\($0)\": \(problem)" } ?? "\(file): \(problem)"
    }
}
