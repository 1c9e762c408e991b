/// Applying a step's record to the saved progress; returns warning lines for the screen.
enum StepRecorder {
    static func apply(_ record: StepRecord, step: StepDefinition, run: FlowProgress,
                      _ progress: inout SavedProgress, _ context: Context) -> Notice? {
        let now = context.now
        let month = SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)
        switch record.kind {
        case .payers:
            guard case .choice(let choice)? = run.answers[step.id] else { return nil }
            progress.payers = Payer(rawValue: choice).map { [$0] } ?? Payer.allCases
            return nil
        case .sent:
            guard let payer = record.payer, case .choice(let choice)? = run.answers[step.id],
                  let result = CheckResult(rawValue: choice) else { return nil }
            progress.updateSubmission(month: month, payer: payer) { submission in
                if submission.sentAt == nil || submission.result != result { submission.sentAt = now }
                submission.result = result
            }
            return nil
        case .confirmed:
            guard let payer = record.payer else { return nil }
            progress.updateSubmission(month: month, payer: payer) { submission in
                if submission.confirmedAt == nil { submission.confirmedAt = now }
            }
            return nil
        case .receipt:
            guard let payer = record.payer, let numberStep = record.number,
                  case .text(let number)? = run.answers[numberStep], case .text(let printedText)? = run.answers[step.id] else { return nil }
            let printed = TextValidatorName.dateTime(printedText)
            // The month printed on the 受領書 is the month it belongs to, even when recorded later.
            let receiptMonth = printed.map { SubmissionCalendar.monthKey(year: $0.date.year, month: $0.date.month) } ?? month
            progress.updateSubmission(month: receiptMonth, payer: payer) { submission in
                submission.receipt = Receipt(number: number, printedAt: printed, recordedAt: now)
                if submission.confirmedAt == nil { submission.confirmedAt = printed ?? now }
            }
            let doubt = printed.flatMap { ReceiptCheck.doubt(printedAt: $0, now: now, calendar: context.calendar(for: progress)) }
            let kept = Messages.monthly.receiptKept(payer, number: number)
            return doubt.map { Notice(.warning, [kept, Messages.monthly.receiptDoubt($0)]) } ?? .info(kept)
        case .downloads:
            guard case .checked(let ids)? = run.answers[step.id] else { return nil }
            for payer in ids.compactMap(Payer.init(rawValue:)) {
                progress.updateSubmission(month: month, payer: payer) { submission in
                    if submission.returnsDownloadedAt == nil { submission.returnsDownloadedAt = now }
                }
            }
            return nil
        }
    }
}
