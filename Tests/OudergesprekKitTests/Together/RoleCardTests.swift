import Foundation
import OudergesprekKit
import Testing

@Suite("De rolkaart voor de collega")
struct RoleCardTests {
  private let card = RoleCard(scenario: TogetherFixtures.mother, studentPlayer: nil).text(style: .plain)

  /// The card without its line breaks, for phrases that may be wrapped.
  private var flat: String { card.replacingOccurrences(of: "\n  ", with: " ") }

  private func line(starting prefix: String) -> String? {
    // Sentences are wrapped; join the card into one line per bullet.
    card.components(separatedBy: "\n  - ").map { $0.replacingOccurrences(of: "\n  ", with: " ") }
      .first { $0.hasPrefix(prefix) }
  }

  @Test("de kaart zegt wie de ouder is, wat ze verwacht en wat ze weet")
  func persona() {
    #expect(card.contains("Jij speelt Karin de Boer, moeder van Sanne (3 vwo)."))
    #expect(card.contains("Wat je verwacht"))
    #expect(card.contains("School heeft jou uitgenodigd voor dit gesprek."))
    #expect(card.contains("Sanne is niet bij het gesprek."))
  }

  @Test("wat de ouder rustiger maakt komt uit de overgangen van het scenario, in gewone taal")
  func calmer() throws {
    let calmer = try #require(line(starting: "Je wordt rustiger als de docent"))
    #expect(calmer.contains("je gevoel benoemt (gevoelsreflectie)"))
    #expect(calmer.contains("samenvat wat je vertelde (samenvatting)"))
    #expect(!calmer.contains("blokkade"))
  }

  @Test("wat de ouder bozer maakt noemt de blokkades en niet wat haar elders rustiger maakt")
  func angrier() throws {
    let angrier = try #require(line(starting: "Je wordt bozer of feller als de docent"))
    #expect(angrier.contains("een blokkade opwerpt"))
    #expect(angrier.contains("jij-boodschap"))
    #expect(!angrier.contains("gevoelsreflectie"))
  }

  @Test("de kaart zegt wanneer de ouder wegloopt en wanneer ze klaar is voor afspraken")
  func endings() {
    #expect(flat.contains("breek je het gesprek af en loop je weg"))
    #expect(flat.contains("ben je klaar om afspraken te maken"))
  }

  @Test("zit de leerling erbij, dan zegt de kaart wie de leerling speelt")
  func student() throws {
    let card = RoleCard(scenario: try TogetherFixtures.withStudent(), studentPlayer: .derde).text(style: .plain)
    #expect(card.contains("Daan zit bij het gesprek: een derde speler speelt Daan."))
  }
}
