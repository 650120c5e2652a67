// The formula plugin's expressions (plugins/formula/expression.cpp): values
// worked out by hand, and the messages a planner reads, with their carets.
#include "expression.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace kinerja::formula {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

double value(const std::string& expression, const std::vector<Binding>& inputs) {
  const Evaluation e = evaluate_expression(expression, inputs);
  EXPECT_THAT(e.problems, IsEmpty()) << expression;
  return e.value;
}

TEST(FormulaExpression, LaporShareFromTheSeedSummary) {
  // 5985 reports, none left without follow-up: (5985 - 0) / 5985 * 100.
  EXPECT_DOUBLE_EQ(value("(total - belum) / total * 100", {{"total", 5985}, {"belum", 0}}), 100.0);
  // The 568 archived ones left out of the total: 5417 / 5417 * 100.
  EXPECT_DOUBLE_EQ(
      value("(total - arsip - belum) / (total - arsip) * 100", {{"total", 5985}, {"arsip", 568}, {"belum", 0}}), 100.0);
  // 116 not followed up would give (5985 - 116) / 5985 * 100 = 98.0618...
  EXPECT_NEAR(value("(total - belum) / total * 100", {{"total", 5985}, {"belum", 116}}), 98.06182121971597, 1e-12);
}

TEST(FormulaExpression, PrecedenceFunctionsAndConditions) {
  const std::vector<Binding> abc{{"a", 1}, {"b", 2}, {"c", 3}};
  EXPECT_DOUBLE_EQ(value("a + b * c ^ 2", abc), 19.0);  // 1 + 2 * 9
  EXPECT_DOUBLE_EQ(value("-a + b", abc), 1.0);
  EXPECT_DOUBLE_EQ(value("min(a, b) + max(b, c)", abc), 4.0);
  EXPECT_DOUBLE_EQ(value("sum(a, b, c) / avg(a, b, c)", abc), 3.0);  // 6 / 2
  EXPECT_DOUBLE_EQ(value("c > b ? 10 : 20", abc), 10.0);
  EXPECT_DOUBLE_EQ(value("abs(a - c) * 1.5", abc), 3.0);
  EXPECT_DOUBLE_EQ(value("100", {}), 100.0);
}

TEST(FormulaExpression, DivisionByZeroIsNotAProblemButNotFinite) {
  const Evaluation by_zero = evaluate_expression("a / b", {{"a", 1}, {"b", 0}});
  EXPECT_THAT(by_zero.problems, IsEmpty());
  EXPECT_TRUE(std::isinf(by_zero.value));
  const Evaluation zero_by_zero = evaluate_expression("a / b", {{"a", 0}, {"b", 0}});
  EXPECT_THAT(zero_by_zero.problems, IsEmpty());
  EXPECT_TRUE(std::isnan(zero_by_zero.value));
}

TEST(FormulaExpression, SyntaxErrorPointsAtThePositionCountedFromOne) {
  // muparser reports the missing ')' past the end; the caret goes right
  // after the last character, position 7 of "(a + b".
  EXPECT_THAT(expression_problems("(a + b", {"a", "b"}),
              ElementsAre("Missing parenthesis at position 7\n    (a + b\n          ^"));
  // A stray character: muparser's 0-based "at position 2" becomes 3. (The
  // space after "$ b" is muparser's: it pads every expression with one.)
  EXPECT_THAT(expression_problems("a $ b", {"a", "b"}),
              ElementsAre("Unexpected token \"$ b \" found at position 3\n    a $ b\n      ^"));
  EXPECT_THAT(expression_problems("a b", {"a", "b"}),
              ElementsAre("Unexpected variable \"b\" found at position 3\n    a b\n      ^"));
}

TEST(FormulaExpression, PositionsCountCharactersNotBytes) {
  // The '$' is byte 8 but character 7: the string "é" is two bytes in UTF-8
  // and one column on screen.
  const auto problems = expression_problems("(\"\xC3\xA9\") $", {});
  ASSERT_THAT(problems, SizeIs(1));
  EXPECT_THAT(problems[0], HasSubstr(" at position 7\n"));
  EXPECT_THAT(problems[0], ::testing::EndsWith("\n    (\"\xC3\xA9\") $\n          ^"));
}

TEST(FormulaExpression, EmptyExpression) {
  EXPECT_THAT(expression_problems("", {"a"}), ElementsAre("Expression is empty"));
}

TEST(FormulaExpression, UnknownNameListsTheNamesAndSuggests) {
  EXPECT_THAT(expression_problems("(total - belun) / total * 100", {"total", "belum"}),
              ElementsAre("unknown name 'belun' at position 10 (did you mean 'belum'?); names: belum, total\n"
                          "    (total - belun) / total * 100\n"
                          "             ^"));
}

TEST(FormulaExpression, EveryUnknownNameIsReportedAtOnce) {
  const auto problems = expression_problems("x / y + total", {"total"});
  ASSERT_THAT(problems, SizeIs(2));
  EXPECT_THAT(problems[0], ::testing::StartsWith("unknown name 'x' at position 1; names: total\n"));
  EXPECT_THAT(problems[1], ::testing::StartsWith("unknown name 'y' at position 5; names: total\n"));
}

TEST(FormulaExpression, UnknownNameWithoutAnyNames) {
  EXPECT_THAT(expression_problems("x * 2", {}),
              ElementsAre("unknown name 'x' at position 1; no names are defined (give them in values or aggregates)\n"
                          "    x * 2\n"
                          "    ^"));
}

TEST(FormulaExpression, UnknownFunctionSuggestsAFunction) {
  const auto problems = expression_problems("sqr(a) + b", {"a"});
  ASSERT_THAT(problems, SizeIs(2));  // the function, then 'b' after it
  EXPECT_THAT(problems[0],
              ::testing::StartsWith("unknown function 'sqr' at position 1 (did you mean 'sqrt'?); functions: abs, "));
  EXPECT_THAT(problems[1], ::testing::StartsWith("unknown name 'b' at position 10; names: a\n"));
}

TEST(FormulaExpression, ACommaOutsideAFunctionIsRefused) {
  // muparser would return 0 for "100,0": the last of two values.
  EXPECT_THAT(expression_problems("a * 100,0", {"a"}),
              ElementsAre("the expression gives 2 values separated by ',' at position 8; one is expected (write "
                          "decimals with '.', e.g. 83.5)\n    a * 100,0\n           ^"));
  EXPECT_THAT(expression_problems("max(a, 2)", {"a"}), IsEmpty());
}

TEST(FormulaExpression, Names) {
  EXPECT_FALSE(name_problem("total"));
  EXPECT_FALSE(name_problem("_belum_2023"));
  EXPECT_FALSE(name_problem("Total"));
  EXPECT_EQ(name_problem("jumlah-total"),
            "'jumlah-total' cannot be used in the expression: a name is letters (a-z, A-Z), digits and '_', not "
            "starting with a digit");
  EXPECT_TRUE(name_problem("2023total"));
  EXPECT_TRUE(name_problem(""));
  EXPECT_TRUE(name_problem("jumlah total"));
  EXPECT_EQ(name_problem("sum"), "'sum' is a function of the expression language; choose another name");
  EXPECT_EQ(name_problem("_pi"), "'_pi' is a constant of the expression language; choose another name");
  EXPECT_EQ(name_problem(std::string(101, 'a')), "'" + std::string(101, 'a') + "' is too long: at most 100 characters");
  EXPECT_FALSE(name_problem(std::string(100, 'a')));
}

}  // namespace
}  // namespace kinerja::formula
