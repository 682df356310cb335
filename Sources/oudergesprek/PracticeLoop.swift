import Foundation
import OudergesprekKit

/// Runs one session in the terminal (alone or with a colleague): prompt, read, handle, print, save, until the end.
final class PracticeLoop: @unchecked Sendable {
  private let lock = NSLock()
  private var session: any InteractiveSession
  /// Writes the session file; in the data folder, or after a failure there in the temporary folder.
  private var writer: TranscriptWriter
  /// The session file; nil until the first save claimed one.
  private var path: String?
  /// Whether saving in the data folder failed (then the temporary folder is used).
  private var saveFailed = false
  /// Whether the latest turns could not be saved anywhere; then they are shown at the end.
  private var unsaved = false
  /// Whether the report could not be written next to the transcript.
  private var reportFailed = false
  private let steps: PracticeSteps

  convenience init(
    scenario: Scenario, seed: UInt64, style: TextStyle, store: TranscriptStore, steps: PracticeSteps = PracticeSteps(),
    trainee: String? = nil
  ) {
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: seed, style: style)
    session.name(trainee: trainee)
    // The report (or on a terminal its summary) follows the session; the session itself adds no look back.
    session.holdsFeedback = true
    self.init(session: session, store: store, steps: steps)
  }

  /// A loop for any session; the preparation and self-assessment `steps` apply to solo practice only.
  init(session: any InteractiveSession, store: TranscriptStore, steps: PracticeSteps = PracticeSteps()) {
    self.session = session
    self.steps = steps
    self.writer = TranscriptWriter(store: store)
  }

  func run() -> ExitCode {
    let interrupts = InterruptHandler()
    interrupts.install { [self] signal in
      var text = end(because: .interrupt)
      if signal != SIGINT {
        text = text.replacingOccurrences(of: "(Ctrl-C)", with: "(\(InterruptHandler.name(of: signal)))")
      }
      let report = lock.withLock {
        PracticeSteps.writeReport(session.transcript, scenario: session.scenario, transcriptPath: path).path
      }
      Terminal.say("\n" + text)
      reportPath()
      if let report { Terminal.warn("Het verslag is bewaard in: \(TerminalText.neutralize(report))") }
      Terminal.flush()
      exit(InterruptHandler.exitCode(for: signal))
    }

    Terminal.whenOutputCloses = { [self] in
      // Cut off (`| head`): the session ends as at the end of input, is saved with its outcome and report,
      // and says where, on standard error; not a success, since the rest of the input was not played.
      _ = end(because: .endOfInput)
      let report = lock.withLock {
        PracticeSteps.writeReport(session.transcript, scenario: session.scenario, transcriptPath: path).path
      }
      Terminal.warn("oudergesprek: de uitvoer is gesloten; het gesprek is hier beëindigd.")
      reportPath()
      if let report { Terminal.warn("Het verslag is bewaard in: \(TerminalText.neutralize(report))") }
      exit(ExitCode.ioError.rawValue)
    }

    if let introduction = session.privateIntroduction { showPrivately(introduction) }
    if steps.prepare, let practice = session as? PracticeSession {
      // Saved before anything is printed: if the reader of the output is gone (`| head`), nothing is lost.
      lock.withLock { save() }
      Terminal.say(practice.briefing() + "\n")
      let preparation = PracticeSteps.askPreparation(
        analyzer: practice.engine.analyzer, teacherOpens: practice.scenario.teacherOpens
      ) { partial in
        keep { $0.record(partial) }
      }
      keep { $0.record(preparation) }
      Terminal.say(practice.start())
    } else {
      let opening = lock.withLock { () -> String in
        save()
        return session.opening()
      }
      Terminal.say(opening)
    }
    while true {
      Terminal.prompt("\n" + session.prompt)
      guard let line = Terminal.readReply(commands: lock.withLock { session.completableCommands }) else {
        Terminal.say("\n" + end(because: .endOfInput))
        finish(askSelfAssessment: false)
        // End of input after /stop and the closing words is the normal end of a scripted session.
        return lock.withLock { session.endedWithClosing } ? completed : .endOfInput
      }
      // Saved before anything is printed: if the reader of the output is gone (`| head`), nothing is lost.
      let (output, finished, isPrivate) = lock.withLock { () -> (String, Bool, Bool) in
        let isPrivate = session.showsPrivately(line)
        let output = session.handle(line)
        save()
        return (output, session.isFinished, isPrivate)
      }
      if !Terminal.inputIsTerminal { Terminal.say(TerminalText.neutralize(line)) }
      if isPrivate {
        // The role card again (`/rol`): on a clean screen, and wiped after Enter, so the teacher does not read it.
        Terminal.clearScreen()
        showPrivately(output)
      } else if !output.isEmpty {
        Terminal.say(output)
      }
      if finished {
        finish(askSelfAssessment: steps.assess)
        return completed
      }
    }
  }

  /// Ends the session from outside (end of input, Ctrl-C) and saves; returns the closing text.
  private func end(because reason: SessionRenderer.InterruptReason) -> String {
    lock.withLock {
      let text = session.interrupt(because: reason)
      save()
      return text
    }
  }

  /// The exit code of a session that came to its end: success, unless the transcript or report could not be saved.
  private var completed: ExitCode { saveFailed || reportFailed ? .ioError : .success }

  /// Writes the transcript. When the data folder fails, says so once and goes on in the temporary folder;
  /// when that fails too, the turns are shown at the end instead, so nothing typed is lost.
  private func save() {
    do {
      path = try writer.save(session.transcript)
      unsaved = false
    } catch {
      let place = path ?? writer.store.directory
      if saveFailed {
        if !unsaved {
          Terminal.warn(
            "oudergesprek: kan het gesprek niet meer opslaan in \(TerminalText.neutralize(place)) (\(FileProblem.describe(error)))."
          )
        }
        unsaved = true
        return
      }
      saveFailed = true
      Terminal.warn(
        "oudergesprek: kan het gesprek niet opslaan in \(TerminalText.neutralize(place)) (\(FileProblem.describe(error)))."
      )
      writer = TranscriptWriter(store: TranscriptStore.fallback())
      path = nil
      if let fallback = try? writer.save(session.transcript) {
        path = fallback
        unsaved = false
        Terminal.warn("Het gesprek wordt in plaats daarvan bewaard in \(TerminalText.neutralize(fallback)).")
      } else {
        unsaved = true
        Terminal.warn(
          "Ook in \(TerminalText.neutralize(writer.store.directory)) lukt opslaan niet; aan het eind staat wat je typte hier op het scherm."
        )
      }
    }
  }

  /// After the conversation: the self-assessment first, then the report, shown and saved next to the transcript.
  private func finish(askSelfAssessment: Bool) {
    if askSelfAssessment, session is PracticeSession {
      let assessment = PracticeSteps.askSelfAssessment { partial in keep { $0.record(partial) } }
      keep { $0.record(assessment) }
    }
    let (text, reportPath) = lock.withLock {
      let written = PracticeSteps.writeReport(session.transcript, scenario: session.scenario, transcriptPath: path)
      // A report that should have been saved but was not is a failure, as in `verslag`.
      if path != nil && written.path == nil { reportFailed = true }
      return written
    }
    if session.showsReport {
      Terminal.say("\n" + Screen.endOfSession(report: text, of: session, reportPath: reportPath, transcriptPath: path))
    }
    self.reportPath()
    if let reportPath { Terminal.warn("Het verslag is bewaard in: \(TerminalText.neutralize(reportPath))") }
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

  /// Changes the solo session (its preparation or self-assessment) and saves at once.
  private func keep(_ change: (inout PracticeSession) -> Void) {
    lock.withLock {
      if var practice = session as? PracticeSession {
        change(&practice)
        session = practice
      }
      save()
    }
  }

  /// Where the session is kept, or, when it could not be saved, every reply typed (on standard error).
  private func reportPath() {
    let (kept, replies) = lock.withLock { () -> (String?, [String]) in
      let replies = session.transcript.turns.filter { $0.speaker == .docent }.map(\.text)
      return (unsaved ? nil : path, replies)
    }
    if let path = kept {
      Terminal.warn("Het gesprek is bewaard in: \(TerminalText.neutralize(path))")
      return
    }
    Terminal.warn("Het gesprek kon niet (helemaal) worden bewaard. Dit typte je:")
    for reply in replies { Terminal.warn("  " + TerminalText.neutralize(reply)) }
  }
}
