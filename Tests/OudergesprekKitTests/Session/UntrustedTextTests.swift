import Foundation
import Testing

@testable import OudergesprekKit

/// Text from a scenario never reaches the terminal raw, whatever a session shows.
@Suite("Stuurtekens uit een scenario")
struct UntrustedTextTests {
  /// Control characters (C0 except newline, DEL, C1) and bidirectional overrides.
  static func hasControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
        || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
  }

  @Test("briefing, regels, emoties, redenen, /kaart, /tip en de terugblik bevatten geen stuurtekens")
  func everythingShownIsNeutralised() throws {
    let loaded = ScenarioLoader.load(file: Fixtures.path("goed/stuurtekens.json"))
    let scenario = try #require(loaded.scenario, "\(loaded.detailedReport)")
    #expect(scenario.title.contains("\u{1B}[2J"))
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: 1, style: .plain)
    var shown = [session.opening()]
    for line in ["Ik hoor dat u boos bent.", "U moet luisteren.", "/kaart", "/tip", "/hulp", "Misschien moet u"] {
      shown.append(session.handle(line))
    }
    shown.append(session.interrupt(because: .endOfInput))
    for text in shown {
      #expect(!Self.hasControlCharacters(text), "\(text.debugDescription)")
    }
    #expect(shown[0].contains("Wis\u{FFFD}[2J"))
  }

  @Test("neutralize laat gewone tekst staan en vervangt elke soort stuurteken")
  func neutralize() {
    #expect(TerminalText.neutralize("Gewone tekst: é, ü, 😀.") == "Gewone tekst: é, ü, 😀.")
    for bad in ["\u{1B}[2J", "\u{9B}2J", "\u{7}", "\u{8}", "\u{7F}", "\u{1B}]0;titel\u{7}", "\u{202E}", "\u{0}"] {
      #expect(!Self.hasControlCharacters(TerminalText.neutralize("a\(bad)b")), "\(bad.debugDescription)")
    }
  }
}
