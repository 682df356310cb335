import Testing

@testable import OudergesprekKit

@Suite("Nederlandse verbuiging")
struct DutchInflectionTests {
  @Test("een woord in ASCII krijgt byte voor byte dezelfde sleutels als letter voor letter")
  func asciiKeysAreCharacterKeys() throws {
    var words: Set<String> = ["slapen", "slaapt", "gezellig", "gevoel", "meisjes", "huisje", "lief", "liev", "zz", "a"]
    for reply in try TestCorpus.ownSet("analyser-set.tsv").replies {
      for word in reply.text.lowercased().split(whereSeparator: { !$0.isLetter }) { words.insert(String(word)) }
    }
    #expect(words.count > 500)
    for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(DutchInflection.keys(word) == DutchInflection.characterKeys(word), "\(word)")
    }
    #expect(DutchInflection.keys("geïrriteerd") == DutchInflection.characterKeys("geïrriteerd"))
    #expect(DutchInflection.keys("slaapt").contains("slap"))
  }

  @Test(
    "vormen van één woord komen samen, een samenstelling valt niet samen met haar begin",
    arguments: [
      ("slapen", "slaapt", true), ("lessen", "les", true), ("huiswerk", "huiswerken", true),
      ("taalles", "taal", false), ("proces", "proc", false),
    ])
  func forms(first: String, second: String, match: Bool) {
    #expect(!DutchInflection.keys(first).isDisjoint(with: DutchInflection.keys(second)) == match)
  }
}
