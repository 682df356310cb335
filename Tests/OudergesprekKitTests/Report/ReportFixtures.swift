import Foundation
import OudergesprekKit

/// Transcripts with known contents, built by hand so that report tests do not depend on the analyser.
enum ReportFixtures {
  static let start = Date(timeIntervalSince1970: 1_780_000_000)  // 28 May 2026, 20:26 UTC

  static func emotion(_ state: String, _ intensity: Int) -> EmotionSnapshot {
    EmotionSnapshot(state: state, name: state, intensity: intensity)
  }

  static func parent(_ text: String, _ state: String, _ intensity: Int, withdrawn: Bool = false) -> TranscriptTurn {
    var turn = TranscriptTurn(speaker: .ouder, text: text, emotion: emotion(state, intensity))
    if withdrawn { turn.withdrawn = true }
    return turn
  }

  static func teacher(
    _ text: String, _ markers: [Marker], parts: [IMessagePart] = [], after state: String, _ intensity: Int,
    withdrawn: Bool = false
  ) -> TranscriptTurn {
    var turn = TranscriptTurn(
      speaker: .docent, text: text, markers: markers, iMessageParts: parts, emotion: emotion(state, intensity))
    if withdrawn { turn.withdrawn = true }
    return turn
  }

  /// Four replies that count: a blockade at a furious parent, a feeling reflected, a partial and a full ik-boodschap;
  /// one reply taken back.
  static func session(scenario: Scenario = BuiltInScenario.loaded.scenario!, startedAt: Date = start) -> Transcript {
    var transcript = Transcript(scenario: scenario, seed: 7, startedAt: startedAt)
    transcript.outcome = .opgelost
    transcript.turns = [
      parent("Waarom moest ik hier komen?", "boos", 8),
      teacher("Zo erg is het toch niet.", [.afleiden], after: "woedend", 9, withdrawn: true),
      parent("Niet zo erg? Ik ga weg.", "woedend", 9, withdrawn: true),
      teacher("Misschien moet u strenger zijn.", [.adviseren], after: "boos", 8),
      parent("Denkt u dat ik dat niet allang geprobeerd heb?", "boos", 8),
      teacher("U bent boos. Wat is er gebeurd?", [.gevoelsreflectie, .openVraag], after: "verdedigend", 7),
      parent("Ik doe echt mijn best.", "verdedigend", 7),
      teacher("Ik merk dat Sanne stil is.", [], parts: [.gedrag], after: "gespannen", 5),
      parent("Dat zie ik thuis ook.", "gespannen", 5),
      teacher(
        "Als Sanne haar huiswerk niet inlevert, loopt ze achter, en dat zit me niet lekker. Zullen we volgende week bellen?",
        [.ikBoodschap, .vervolgafspraak], parts: [.gedrag, .gevolg, .gevoel], after: "afspraken", 2),
      parent("Goed, zo doen we het.", "afspraken", 2),
    ]
    return transcript
  }
}
