<?php
/**
 * The element as the server writes it: clean options as attributes, and inside
 * it the widget pre-rendered in the chosen language (includes/prerendered.php),
 * so readers without JavaScript and search engines get the whole guidance.
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param array  $options  From mms_guidance_clean_options().
 * @param string $wrapper  Extra attributes for the element (the block's class), already escaped.
 * @return string
 */
function mms_guidance_render( $options, $wrapper ) {
	$lang    = '' !== $options['lang'] ? $options['lang'] : mms_guidance_page_language();
	$content = mms_guidance_content();
	mms_guidance_used( $lang );

	$attributes = array();
	if ( '' !== $options['lang'] ) {
		$attributes['lang'] = $options['lang'];
	} elseif ( defined( 'REST_REQUEST' ) && REST_REQUEST ) {
		// The block editor's preview (the block renderer's REST route): the editor page's own language is the
		// user's, so name the site's, which the post will show.
		$attributes['lang'] = $lang;
	}
	$attributes['heading-level'] = (string) $options['heading_level'];
	if ( 'light' !== $options['color_scheme'] ) {
		$attributes['color-scheme'] = $options['color_scheme'];
	}
	if ( ! $options['share'] ) {
		$attributes['share'] = 'off';
	}
	if ( $options['structured_data'] ) {
		$attributes['structured-data'] = '';
	}
	if ( $options['open_items'] ) {
		$attributes['open-items'] = implode( ' ', $options['open_items'] );
	}
	if ( '' !== $options['accent_color'] ) {
		$attributes['style'] = '--mms-guidance-accent-color: ' . $options['accent_color'];
	}

	$html = '<mms-guidance';
	foreach ( $attributes as $name => $value ) {
		$html .= '' === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= ( '' !== $wrapper ? ' ' . $wrapper : '' ) . '>';

	// The widget pre-rendered by the build, in the language shown and with these options: readers see the
	// guidance before any script, or with none. It ends with the element's end tag.
	$prerendered = isset( $content[ $lang ] ) ? mms_guidance_prerendered( $lang, $options ) : '';
	if ( '' !== $prerendered ) {
		return $html . $prerendered;
	}
	// A plugin packaged without the fragments: the key message and the link, as before.
	if ( isset( $content[ $lang ] ) ) {
		$text  = $content[ $lang ];
		$html .= '<p lang="' . esc_attr( $lang ) . '" dir="' . esc_attr( 'rtl' === $text['dir'] ? 'rtl' : 'ltr' ) . '">'
			. esc_html( $text['keyMessage'] ) . ' <a href="' . esc_url( $text['guidanceHref'] ) . '" hreflang="en">'
			. esc_html( $text['guidanceLabel'] ) . '</a></p>';
	}
	return $html . '</mms-guidance>';
}
