package cartsim.model.params;

/** An enum constant spelled in scenario files as {@link #word()}. The enum is the only word list. */
public interface Word {
    String word();

    /** the constant of {@code type} spelled {@code word} */
    static <E extends Enum<E> & Word> E parse(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) if (e.word().equals(word)) return e;
        throw new IllegalArgumentException(type.getSimpleName() + " has no word '" + word + "'");
    }
}
