package org.upm.layout;

/**
 * Data validation of an input cell, with the words the filler sees.
 *
 * @param listSource for {@link Type#LIST}: a defined name or a comma-separated literal list
 * @param min for {@link Type#WHOLE}: the smallest allowed value
 * @param max for {@link Type#WHOLE}: the largest allowed value; for {@link Type#TEXT}: the longest text
 * @param promptTitle title of the input message (Excel limits it to 32 characters)
 * @param prompt input message shown when the cell is selected (Excel limits it to 255 characters)
 * @param error error message shown when the value is refused
 */
public record InputRule(Type type, String listSource, long min, long max, String promptTitle, String prompt,
        String error) {

    public enum Type { LIST, LITERAL_LIST, WHOLE, TEXT }

    public static InputRule list(String definedName, String title, String prompt, String error) {
        return new InputRule(Type.LIST, definedName, 0, 0, title, prompt, error);
    }

    public static InputRule literalList(String values, String title, String prompt, String error) {
        return new InputRule(Type.LITERAL_LIST, values, 0, 0, title, prompt, error);
    }

    public static InputRule whole(long min, long max, String title, String prompt, String error) {
        return new InputRule(Type.WHOLE, null, min, max, title, prompt, error);
    }

    public static InputRule text(int maxLength, String title, String prompt, String error) {
        return new InputRule(Type.TEXT, null, 0, maxLength, title, prompt, error);
    }
}
