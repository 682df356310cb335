import Foundation
import OudergesprekKit

/// Runs one practice session in the terminal: prompt, read, handle, print, save, until the end.
final class PracticeLoop: @unchecked Sendable {
  private let lock = NSLock()
  private var session: PracticeSession
  private let store: TranscriptStore
  private var path: String
  private var saveFailed = false
  private let steps: PracticeSteps

  init(
    scenario: Scenario, seed: UInt64, style: TextStyle, store: TranscriptStore, steps: PracticeSteps = PracticeSteps()
  ) {
    self.steps = steps
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    self.session = PracticeSession(engine: engine, seed: seed, style: style)
    session.holdsFeedback = steps.assess
    self.store = store
    self.path = store.newPath(for: session.transcript)
  }

  func run() -> ExitCode {
    let interrupts = InterruptHandler()
    interrupts.install { [self] in
      let (text, report) = lock.withLock { () -> (String, String?) in
        let text = session.interrupt(because: .interrupt)
        save()
        return (
          text, PracticeSteps.writeReport(session.transcript, scenario: session.scenario, transcriptPath: path).path
        )
      }
      Terminal.say("\n" + text)
      reportPath()
      if let report { Terminal.warn("Het verslag is bewaard in: \(report)") }
      Terminal.flush()
      exit(ExitCode.interrupted.rawValue)
    }

    lock.withLock {
      Terminal.say(steps.prepare ? session.briefing() + "\n" : session.opening())
      save()
    }
    if steps.prepare {
      let preparation = PracticeSteps.askPreparation(analyzer: session.engine.analyzer)
      lock.withLock {
        session.record(preparation)
        Terminal.say(session.start())
        save()
      }
    }
    while true {
      Terminal.prompt("\n" + session.prompt)
      guard let line = Terminal.readLine() else {
        let text = lock.withLock { () -> String in
          let text = session.interrupt(because: .endOfInput)
          save()
          return text
        }
        Terminal.say("\n" + text)
        finish(askSelfAssessment: false)
        // End of input after /stop and the closing words is the normal end of a scripted session.
        return lock.withLock { session.endedWithClosing } ? (saveFailed ? .ioError : .success) : .endOfInput
      }
      if !Terminal.inputIsTerminal { Terminal.say(line) }
      let (output, finished) = lock.withLock { () -> (String, Bool) in
        let output = session.handle(line)
        save()
        return (output, session.isFinished)
      }
      if !output.isEmpty { Terminal.say(output) }
      if finished {
        finish(askSelfAssessment: steps.assess)
        return saveFailed ? .ioError : .success
      }
    }
  }

  /// Writes the transcript; on failure, once, falls back to the temporary folder and says so.
  private func save() {
    do {
      try store.write(session.transcript, to: path)
    } catch {
      guard !saveFailed else { return }
      saveFailed = true
      let fallback = TranscriptStore(directory: NSTemporaryDirectory())
      let fallbackPath = fallback.newPath(for: session.transcript)
      Terminal.warn("oudergesprek: kan het gesprek niet opslaan in \(path) (\(error.localizedDescription)).")
      if (try? fallback.write(session.transcript, to: fallbackPath)) != nil {
        path = fallbackPath
        Terminal.warn("Het gesprek wordt in plaats daarvan bewaard in \(fallbackPath).")
      }
    }
  }

  /// After the conversation: the self-assessment first, then the report, shown and saved next to the transcript.
  private func finish(askSelfAssessment: Bool) {
    if askSelfAssessment {
      let assessment = PracticeSteps.askSelfAssessment()
      lock.withLock {
        session.record(assessment)
        save()
      }
    }
    let (text, reportPath) = lock.withLock {
      PracticeSteps.writeReport(session.transcript, scenario: session.scenario, transcriptPath: path)
    }
    Terminal.say("\n" + text)
    self.reportPath()
    if let reportPath { Terminal.warn("Het verslag is bewaard in: \(reportPath)") }
  }

  private func reportPath() {
    Terminal.warn("Het gesprek is bewaard in: \(path)")
  }
}
