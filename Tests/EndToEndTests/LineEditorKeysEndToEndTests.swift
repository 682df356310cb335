import Foundation
import Testing

/// The keys of the line editor, typed on a real pseudo-terminal as a user types them; what counts is the
/// reply that is saved.
@Suite("Regels bewerken in de terminal: de toetsen")
struct LineEditorKeysEndToEndTests {
  static let left = "\u{1B}[D"

  /// Starts a session, types `keys` at the first prompt and Enter, then ends with Ctrl-D; the saved replies.
  static func reply(typing keys: String, columns: Int = 80) throws -> (replies: [String], terminal: EditorTerminal) {
    let terminal = try EditorTerminal(
      ["oefen", "--seed", "3", "--zonder-voorbereiding", "--zonder-zelfbeoordeling"], columns: columns)
    #expect(terminal.waitFor("jij> "), "geen prompt: \(terminal.output)")
    terminal.type(keys + "\r")
    #expect(terminal.waitForReplies(1), "geen antwoord bewaard: \(terminal.output)")
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    return (try terminal.replies(), terminal)
  }

  @Test(
    "elke bewerkingstoets doet wat de gebruiker uit een shell kent",
    arguments: [
      ("pijl links", "Ik hoor dat u bezorgd bent" + left + left + left + "X", "Ik hoor dat u bezorgd bXent"),
      ("pijl rechts", "abc" + left + left + "\u{1B}[C" + "X", "abXc"),
      ("Home", "wereld\u{1B}[Hhallo ", "hallo wereld"),
      ("Home (vt)", "wereld\u{1B}[1~hallo ", "hallo wereld"),
      ("End", "allo\u{1B}[Hh\u{1B}[F!", "hallo!"),
      ("Ctrl-A en Ctrl-E", "allo\u{1}h\u{5}!", "hallo!"),
      ("Ctrl-links", "een twee drie\u{1B}[1;5DX", "een twee Xdrie"),
      ("Alt-B", "een twee drie\u{1B}bX", "een twee Xdrie"),
      ("Ctrl-rechts", "een twee drie\u{1}\u{1B}[1;5CX", "eenX twee drie"),
      ("Alt-F", "een twee drie\u{1}\u{1B}fX", "eenX twee drie"),
      ("Backspace", "hallo\u{7F}\u{7F}", "hal"),
      ("Delete", "hallo\u{1}\u{1B}[3~", "allo"),
      ("Ctrl-D in een niet-lege regel", "hallo\u{1}\u{4}", "allo"),
      ("Ctrl-W", "een twee drie\u{17}vier", "een twee vier"),
      ("Ctrl-U", "weg\u{15}blijft", "blijft"),
      ("Ctrl-K", "blijft weg" + left + left + left + "\u{B}", "blijft"),
      ("Ctrl-L", "hallo\u{C}!", "hallo!"),
      ("diakrieten: ï is één teken", "geïrriteerd" + String(repeating: left, count: 8) + "\u{7F}", "gerriteerd"),
      ("samengesteld accent", "e\u{301}e\u{301}n" + left + "\u{7F}", "e\u{301}n"),
      ("emoji", "ok 👍🏽 top" + String(repeating: left, count: 4) + "\u{7F}", "ok  top"),
    ])
  func key(name: String, keys: String, expected: String) throws {
    let (replies, _) = try Self.reply(typing: keys)
    #expect(replies == [expected], "\(name)")
  }

  @Test("Ctrl-L wist het scherm en tekent de prompt met de regel opnieuw")
  func redraw() throws {
    let (_, terminal) = try Self.reply(typing: "hallo\u{C}")
    let output = terminal.output
    let cleared = try #require(output.range(of: "\u{1B}[2J"))
    var screen = TerminalScreen(columns: 80, rows: 24)
    let drawn = output[cleared.upperBound...]
    screen.apply(String(drawn[..<(drawn.range(of: "\r\n")?.lowerBound ?? drawn.endIndex)]))
    #expect(screen.lines.first == "jij> hallo")
  }

  @Test("een regel langer dan de terminal loopt over meer rijen; midden erin bewerken tekent alles goed")
  func wrappedLine() throws {
    let text = "Ik hoor dat u zich grote zorgen maakt over de cijfers van uw dochter en dat begrijp ik heel goed."
    let terminal = try EditorTerminal(
      ["oefen", "--seed", "3", "--zonder-voorbereiding", "--zonder-zelfbeoordeling"], columns: 30)
    #expect(terminal.waitFor("jij> "))
    terminal.type(text)
    // To the middle (before "dochter"), then insert and delete there.
    let back = text.count - text.distance(from: text.startIndex, to: text.range(of: "dochter")!.lowerBound)
    terminal.type(String(repeating: Self.left, count: back) + "lieve " + "\u{1B}[1;5D" + "\u{1B}[1;5D" + "\u{17}")
    // "lieve " goes before "dochter"; two words back the cursor stands before "uw", and Ctrl-W removes "van ".
    let expected = text.replacingOccurrences(of: "van uw dochter", with: "uw lieve dochter")
    let rows = Self.rows(of: "jij> " + expected, columns: 30)
    #expect(terminal.waitFor("lieve"))
    // Wait until the drawing has settled: the screen shows the whole edited line, wrapped at 30 columns.
    let shown = waitUntil { terminal.screen().lines(fromLastContaining: "jij> ") == rows }
    #expect(shown, "scherm: \(terminal.screen().lines)")
    terminal.type("\r")
    #expect(terminal.waitForReplies(1))
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    #expect(try terminal.replies() == [expected])
  }

  /// An ASCII text cut into rows of `columns`, as the screen shows it (trailing spaces not shown).
  static func rows(of text: String, columns: Int) -> [String] {
    var rows: [String] = []
    var rest = Substring(text)
    while !rest.isEmpty {
      var row = String(rest.prefix(columns))
      rest = rest.dropFirst(columns)
      while row.hasSuffix(" ") { row.removeLast() }
      rows.append(row)
    }
    return rows
  }
}

/// Polls `condition` for up to `timeout` seconds (a loaded machine draws slowly); true once it holds.
func waitUntil(timeout: TimeInterval = 30, _ condition: () -> Bool) -> Bool {
  let deadline = Date().addingTimeInterval(timeout)
  while Date() < deadline {
    if condition() { return true }
    Thread.sleep(forTimeInterval: 0.05)
  }
  return condition()
}
