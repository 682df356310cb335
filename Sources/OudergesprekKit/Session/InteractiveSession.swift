/// A session a terminal loop can run: it shows text, reads one line at a time, and keeps a transcript.
///
/// Solo practice (`PracticeSession`) and practising with a colleague (`TogetherSession`) both conform, so one
/// loop does the reading, echoing, saving and Ctrl-C handling for both.
public protocol InteractiveSession: Sendable {
  /// The record of the session so far, saved after every line.
  var transcript: Transcript { get }
  /// Whether the session is over.
  var isFinished: Bool { get }
  /// The prompt before the next line.
  var prompt: String { get }
  /// Whether end of input is a normal end now (after the closing words), so the loop exits without an error.
  var endedWithClosing: Bool { get }
  /// The scenario being practised, for the report.
  var scenario: Scenario { get }
  /// Whether the terminal shows the report after the session (it is always written next to the transcript).
  var showsReport: Bool { get }
  /// Text for one person only, shown before the opening; on a terminal the screen is cleared after Enter.
  var privateIntroduction: String? { get }
  /// Whether the output of `line` is for one person only (the role card again with `/rol`): the terminal then
  /// clears the screen before and after showing it.
  func showsPrivately(_ line: String) -> Bool
  /// The text at the start of the session.
  func opening() -> String
  /// Handles one typed line and returns the text to show.
  mutating func handle(_ line: String) -> String
  /// Ends the session from outside (end of input, Ctrl-C) and returns the closing text.
  mutating func interrupt(because reason: SessionRenderer.InterruptReason) -> String
}

extension InteractiveSession {
  public var privateIntroduction: String? { nil }
  public var showsReport: Bool { true }
  public func showsPrivately(_ line: String) -> Bool { false }
}

extension PracticeSession: InteractiveSession {}
