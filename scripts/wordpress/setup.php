<?php
/**
 * Installs the test site and writes its posts as an Author, through WordPress's
 * own APIs, so kses filters them as it does in the editor. Prints JSON for
 * scripts/wordpress/test.mjs: the posts' ids, addresses and saved content, the
 * roles' capabilities, and the plugin's output for hostile options given
 * straight to it (without kses in between).
 *
 * php setup.php <site url> <config name>
 */

$url                          = $argv[1];
$_SERVER['HTTP_HOST']         = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['WORDPRESS_CONFIG']  = $argv[2];
$_SERVER['REQUEST_URI']       = '/';
$_SERVER['SERVER_PROTOCOL']   = 'HTTP/1.1';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

ob_start(); // wp_install() may echo.
wp_install( 'MMS Guidance test', 'admin', 'admin@example.org', false, '', wp_generate_password() );
ob_end_clean();
$activated = activate_plugin( 'mms-guidance/mms-guidance.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() . "\n" );
	exit( 1 );
}
// The plugin registers on init, which ran before activation.
mms_guidance_register_scripts();
mms_guidance_register();

$author = wp_create_user( 'author', wp_generate_password(), 'author@example.org' );
( new WP_User( $author ) )->set_role( 'author' );
$editor = wp_create_user( 'editor', wp_generate_password(), 'editor@example.org' );
( new WP_User( $editor ) )->set_role( 'editor' );
wp_set_current_user( $author ); // Fires set_current_user, so kses_init() sees an Author.

$block = static function ( $attributes ) {
	return get_comment_delimited_block_content( 'mms-guidance/guidance', $attributes, '' );
};
$hostile_script = '"><script>alert(1)</script>';
// The widget sits in a section of the post, under its h2, as in the issue's example (heading level 3).
$section = '<!-- wp:heading --><h2>MMS</h2><!-- /wp:heading -->' . "\n";
$posts          = array(
	'block'     => $section . $block(
		array( 'lang' => 'fr', 'headingLevel' => 3, 'colorScheme' => 'auto', 'accentColor' => '#1b6b3a', 'share' => false, 'structuredData' => true, 'openItems' => array( 'evidence' ) )
	),
	'shortcode' => $section . '<!-- wp:shortcode -->[mms_guidance lang="es" heading_level="3" color_scheme="auto" accent_color="#1b6b3a" share="off" structured_data="on"]<!-- /wp:shortcode -->',
	'twoBlocks' => $block( array( 'lang' => 'fr' ) ) . "\n" . $block( array( 'lang' => 'ur', 'headingLevel' => 3 ) ),
	'mixed'     => $block( array( 'lang' => 'fr' ) ) . "\n" . $block( array( 'lang' => 'ur' ) ) . "\n" . '<!-- wp:shortcode -->[mms_guidance lang="es"]<!-- /wp:shortcode -->',
	'none'      => '<!-- wp:paragraph --><p>A post without the guidance.</p><!-- /wp:paragraph -->',
	'hostile'   => $block(
		array(
			'lang'         => $hostile_script,
			'headingLevel' => '9" onmouseover="alert(1)',
			'colorScheme'  => 'javascript:alert(1)',
			'accentColor'  => 'red;background:url(https://evil.example/x)',
			'share'        => 'maybe',
			'openItems'    => array( '"><img src=x onerror=alert(1)>', 'evidence' ),
		)
	) . "\n" . '[mms_guidance lang=\'fr" onmouseover="alert(1)\' heading_level="0" color_scheme="<b>dark</b>" accent_color="javascript:alert(1)" share="sometimes" open_items="x onerror=alert(1)"]',
	// What an Author gets from pasting the script embed into a Custom HTML block.
	'customHtml' => '<script type="module" src="/assets/mms-guidance.js"></script><iframe src="/assets/embed.html" title="MMS"></iframe><mms-guidance lang="fr"><p>Fallback paragraph.</p></mms-guidance>',
);

$out = array( 'posts' => array() );
foreach ( $posts as $name => $content ) {
	// wp_insert_post() expects slashed data, as the editor sends it.
	$id = wp_insert_post(
		wp_slash( array( 'post_title' => 'MMS guidance (' . $name . ')', 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $author ) ),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$out['posts'][ $name ] = array( 'id' => $id, 'url' => get_permalink( $id ), 'saved' => get_post( $id )->post_content );
}

$out['capabilities'] = array(
	'author_unfiltered_html' => user_can( $author, 'unfiltered_html' ),
	'editor_unfiltered_html' => user_can( $editor, 'unfiltered_html' ),
	'admin_unfiltered_html'  => user_can( 1, 'unfiltered_html' ),
	'js_upload_allowed'      => false !== wp_check_filetype( 'mms-guidance.js' )['ext'],
);

// Hostile values straight into the plugin, as a page builder might pass them.
$out['direct'] = mms_guidance_render(
	mms_guidance_clean_options(
		array(
			'lang'            => $hostile_script,
			'heading_level'   => '2 onclick=alert(1)',
			'color_scheme'    => 'dark" onclick="alert(1)',
			'accent_color'    => '#123456;background:url(javascript:alert(1))',
			'share'           => array( 'off' ),
			'structured_data' => '"><script>alert(1)</script>',
			'open_items'      => '"><script>alert(1)</script> evidence',
		)
	),
	''
);
// The Author's login, for the block editor in the browser.
// COOKIEHASH was fixed before the site had an address, so name the cookies as the served site does.
$expires        = time() + HOUR_IN_SECONDS;
$hash           = md5( get_site_option( 'siteurl' ) );
$out['cookies'] = array(
	array( 'name' => 'wordpress_' . $hash, 'value' => wp_generate_auth_cookie( $author, $expires, 'auth' ), 'path' => '/wp-admin' ),
	array( 'name' => 'wordpress_logged_in_' . $hash, 'value' => wp_generate_auth_cookie( $author, $expires, 'logged_in' ), 'path' => '/' ),
);
// Values an author may reasonably write, in another case or with a region.
$out['friendly'] = mms_guidance_render(
	mms_guidance_clean_options( array( 'lang' => 'fr_FR', 'heading_level' => ' 3 ', 'color_scheme' => 'Dark', 'share' => 'OFF', 'accent_color' => '#1B6B3A' ) ),
	''
);
// Every option the plugin offers, one at a time and some together, for the test to hold against Lit's render.
$out['prerendered'] = array();
foreach ( array(
	array( 'lang' => 'en' ),
	array( 'lang' => 'fr' ),
	array( 'lang' => 'es' ),
	array( 'lang' => 'pt' ),
	array( 'lang' => 'ur' ),
	array( 'lang' => 'en', 'heading_level' => '1' ),
	array( 'lang' => 'en', 'heading_level' => '3' ),
	array( 'lang' => 'en', 'heading_level' => '4' ),
	array( 'lang' => 'en', 'heading_level' => '5' ),
	array( 'lang' => 'en', 'share' => 'off' ),
	array( 'lang' => 'en', 'open_items' => 'evidence' ),
	array( 'lang' => 'ur', 'open_items' => 'who-released mms-tag audience why-needed leftover-tablets primary-target evidence unicef essential-medicines-list tablet-contents' ),
	array( 'lang' => 'en', 'color_scheme' => 'dark', 'accent_color' => '#1b6b3a', 'structured_data' => 'on' ),
	array( 'lang' => 'fr', 'heading_level' => '3', 'color_scheme' => 'auto', 'share' => 'off', 'open_items' => 'evidence unicef' ),
) as $options ) {
	// And a post with it as a shortcode, for the browsers to watch it upgrade.
	$attributes = '';
	foreach ( $options as $key => $value ) {
		$attributes .= ' ' . $key . '="' . $value . '"';
	}
	$id                    = wp_insert_post(
		wp_slash( array( 'post_title' => 'MMS guidance (options)', 'post_content' => $section . '[mms_guidance' . $attributes . ']', 'post_status' => 'publish', 'post_author' => $author ) )
	);
	$out['prerendered'][] = array(
		'options' => $options,
		'html'    => mms_guidance_render( mms_guidance_clean_options( $options ), '' ),
		'url'     => get_permalink( $id ),
	);
}
$out['version'] = MMS_GUIDANCE_VERSION;
$out['bundles'] = mms_guidance_bundles();

// What a page's footer prints for the French bundle, with a CSP plugin adding its nonce through
// script_loader_tag before our filter (priority 5) or after it (20), as WordPress 6.1 to 6.3 print it.
$nonce_in_tag = static function ( $tag ) {
	return str_replace( '<script ', '<script nonce="test-nonce" ', $tag );
};
$out['nonce'] = array();
foreach ( array( 5, 20 ) as $priority ) {
	add_filter( 'script_loader_tag', $nonce_in_tag, $priority );
	wp_scripts()->done = array();
	ob_start();
	wp_scripts()->do_item( 'mms-guidance-fr' );
	$out['nonce'][ 'script_loader_tag ' . $priority ] = ob_get_clean();
	remove_filter( 'script_loader_tag', $nonce_in_tag, $priority );
}
// WordPress 6.4 and later print enqueued scripts with wp_get_script_tag(), whose wp_script_attributes
// filter a CSP plugin uses; 6.1 has the function, so the same path runs here, then script_loader_tag as 6.4 does.
$nonce_attribute = static function ( $attributes ) {
	return array_merge( $attributes, array( 'nonce' => 'test-nonce' ) );
};
add_filter( 'wp_script_attributes', $nonce_attribute, 5 );
$src = plugins_url( 'assets/mms-guidance.fr.js', MMS_GUIDANCE_FILE );
$out['nonce']['wp_script_attributes'] = apply_filters(
	'script_loader_tag',
	wp_get_script_tag( array( 'src' => $src, 'id' => 'mms-guidance-fr-js' ) ),
	'mms-guidance-fr',
	$src
);
remove_filter( 'wp_script_attributes', $nonce_attribute, 5 );

// The Author edits in French; the site stays in English (the block editor's preview must show the site's language).
update_user_meta( $author, 'locale', 'fr_FR' );
$out['siteLocale'] = get_locale();
echo wp_json_encode( $out );
