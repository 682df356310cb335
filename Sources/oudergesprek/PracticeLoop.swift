import Foundation
import OudergesprekKit

/// Runs one session in the terminal (alone or with a colleague): prompt, read, handle, print, save, until the end.
final class PracticeLoop: @unchecked Sendable {
  private let lock = NSLock()
  private var session: any InteractiveSession
  private let store: TranscriptStore
  private var path: String
  private var saveFailed = false
  private let steps: PracticeSteps

  convenience init(
    scenario: Scenario, seed: UInt64, style: TextStyle, store: TranscriptStore, steps: PracticeSteps = PracticeSteps()
  ) {
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: seed, style: style)
    session.holdsFeedback = steps.assess
    self.init(session: session, store: store, steps: steps)
  }

  /// A loop for any session; the preparation and self-assessment `steps` apply to solo practice only.
  init(session: any InteractiveSession, store: TranscriptStore, steps: PracticeSteps = PracticeSteps()) {
    self.session = session
    self.steps = steps
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

    if let introduction = session.privateIntroduction { showPrivately(introduction) }
    if steps.prepare, let practice = session as? PracticeSession {
      lock.withLock {
        Terminal.say(practice.briefing() + "\n")
        save()
      }
      let preparation = PracticeSteps.askPreparation(analyzer: practice.engine.analyzer)
      lock.withLock {
        var prepared = practice
        prepared.record(preparation)
        Terminal.say(prepared.start())
        session = prepared
        save()
      }
    } else {
      lock.withLock {
        Terminal.say(session.opening())
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
    if askSelfAssessment, session is PracticeSession {
      let assessment = PracticeSteps.askSelfAssessment()
      lock.withLock {
        if var practice = session as? PracticeSession {
          practice.record(assessment)
          session = practice
        }
        save()
      }
    }
    let (text, reportPath) = lock.withLock {
      PracticeSteps.writeReport(session.transcript, scenario: session.scenario, transcriptPath: path)
    }
    if session.showsReport { Terminal.say("\n" + text) }
    self.reportPath()
    if let reportPath { Terminal.warn("Het verslag is bewaard in: \(reportPath)") }
  }

  /// Text for one person: on a terminal it waits for Enter and clears the screen; from a pipe it just prints.
  private func showPrivately(_ text: String) {
    Terminal.say(text)
    guard Terminal.inputIsTerminal else {
      Terminal.say("")
      return
    }
    Terminal.prompt("\nDruk op Enter als je klaar bent; dan wordt het scherm gewist. ")
    _ = Terminal.readLine()
    Terminal.clearScreen()
  }

  private func reportPath() {
    Terminal.warn("Het gesprek is bewaard in: \(path)")
  }
}
