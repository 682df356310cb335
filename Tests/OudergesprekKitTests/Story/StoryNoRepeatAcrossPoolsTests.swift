import Foundation
import Testing

@testable import OudergesprekKit

/// One mechanism against word-for-word repeats: every pool (state, reaction, topic, stock, closing) skips a line
/// said before in the conversation while it has one that was not (issue 11, round 3).
@Suite("Geen regel twee keer zolang er een andere is, over alle pools")
struct StoryNoRepeatAcrossPoolsTests {
  static let ids = [
    "bezorgde-moeder-cijfers", "boze-vader-schorsing", "gedrag-in-de-les-tienminuten",
    "kennismaking-veeleisende-moeder", "klacht-cijfer-examenklas", "klacht-over-collega",
    "leerling-vraagt-gesprek-overbelast", "niveau-omlaag-zus-vertaalt", "pesten-moeder-van-gepeste-zoon",
    "pesten-vader-van-pester", "rapportgesprek-met-tolk", "sociale-media-nepaccount",
    "tienminuten-teleurgestelde-vader", "vader-belt-terug-practica", "verzuim-moeder-ontwijkt",
    "zittenblijven-rapportgesprek",
  ]

  /// A teacher who blocks, asks vaguely and off the case, over and over: the replies that drain stock pools.
  static let replies = [
    "Dat is nu eenmaal de regel.", "Hoe bedoelt u?", "Waar heeft u geparkeerd?", "Dat is nu eenmaal de regel.",
    "Hoe bedoelt u?", "Wat keek u gisteren op tv?", "Daar kan ik niets aan doen.", "Hoe bedoelt u?",
    "Dat is nu eenmaal de regel.", "Daar kan ik niets aan doen.",
  ]

  /// The parent's lines of one playthrough.
  static func parentLines(_ id: String, seed: UInt64) throws -> [String] {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let (_, steps) = ScenarioPlaythroughTests.play(replies, in: scenario, seed: seed)
    return steps.flatMap { events in
      events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    }
  }

  @Test("in geen enkel scenario herhaalt de ouder een regel woord voor woord", arguments: ids)
  func noRepeats(id: String) throws {
    for seed in UInt64(1)...6 {
      let lines = try Self.parentLines(id, seed: seed)
      let repeated = Dictionary(grouping: lines, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
      #expect(repeated.isEmpty, "\(id) seed \(seed): \(repeated)")
    }
  }
}
