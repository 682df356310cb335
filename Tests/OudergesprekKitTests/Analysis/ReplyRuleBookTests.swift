import Testing

@testable import OudergesprekKit

@Suite("Combinaties en onderdrukkingen als data")
struct ReplyRuleBookTests {
  static let engine = DutchReplyAnalyzer.engine
  static let book = LanguageLexicon.dutch.composites.rules

  @Test("Elke combinatie geeft haar marker bij haar voorbeelden en niet bij haar tegenvoorbeelden")
  func combinations() {
    for combination in Self.book.combinations {
      #expect(combination.examples.count >= 2 && combination.counterExamples.count >= 2, "\(combination)")
      for example in combination.examples {
        #expect(Self.engine.analyze(example).markers.contains(combination.marker), "\(combination): \(example)")
      }
      for example in combination.counterExamples {
        #expect(!Self.engine.analyze(example).markers.contains(combination.marker), "\(combination): \(example)")
      }
    }
  }

  @Test("Elke onderdrukking verbergt haar markers bij haar voorbeelden; bij de tegenvoorbeelden blijft er een staan")
  func suppressions() {
    for suppression in Self.book.suppressions {
      #expect(suppression.examples.count >= 2 && suppression.counterExamples.count >= 2, "\(suppression)")
      for example in suppression.examples {
        let markers = Self.engine.analyze(example).markers
        #expect(suppression.condition.requiredMarkers.allSatisfy(markers.contains), "\(suppression): \(example)")
        #expect(!suppression.hides.contains(where: markers.contains), "\(suppression): \(example)")
      }
      for example in suppression.counterExamples {
        let markers = Self.engine.analyze(example).markers
        #expect(suppression.hides.contains(where: markers.contains), "\(suppression): \(example)")
      }
    }
  }

  @Test("Het regelboek leest als de notatie van de opleider")
  func notation() {
    let lines = Self.book.description.split(separator: "\n").map(String.init)
    #expect(lines.contains("jij-boodschap := oordeel ∧ onderwerp(ander) ∧ ¬gebiedend"))
    #expect(lines.contains("ik-boodschap := delen>=2 ∧ ik-persoon ∧ ¬schuld"))
    #expect(lines.contains("vragen>=3 => verberg open-vraag, aanmoediging, adviseren"))
  }

  @Test("Een voorwaarde weegt de feiten: en, niet, aantallen")
  func conditionHolds() {
    var facts = ReplyFacts()
    facts.markers = [.bekritiseren]
    facts.otherSubject = true
    let blame = ReplyCondition.marker(.bekritiseren) && .otherSubject && !.imperative
    #expect(blame.holds(in: facts))
    facts.imperative = true
    #expect(!blame.holds(in: facts))
    facts.questions = 2
    #expect(!ReplyCondition.questions(atLeast: 3).holds(in: facts))
    facts.questions = 3
    #expect(ReplyCondition.questions(atLeast: 3).holds(in: facts))
    #expect(blame.requiredMarkers == [.bekritiseren])
  }

  @Test("De onderwerp-pass vindt de ander als onderwerp, niet na een voorzetsel of als aanspreking")
  func subjectPass() {
    func subject(_ text: String) -> Int? {
      Self.engine.subjects.otherSubject(in: Self.engine.splitter.sentences(in: text)[0])
    }
    #expect(subject("U luistert nooit.") == 0)
    #expect(subject("Uw zoon is lui.") == 0)
    #expect(subject("Ik heb het van u gehoord.") == nil)
    #expect(subject("Uw opmerking is onzin.") == nil)
    #expect(subject("Kevin, dat is onzin.") == nil)
    #expect(subject("Die jongen van u is lui.") == 3)
  }
}
